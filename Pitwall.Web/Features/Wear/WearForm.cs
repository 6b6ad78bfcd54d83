using System.Globalization;
using Pitwall.Sql.Setup;
using Pitwall.Sql.Wear;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Wear;

/// <summary>
/// A tire set, engine or part as the racer adds it: what it is, its name ("Kosmos green #3",
/// "Diff oil") and a service interval in laps or hours (required for a part, optional otherwise).
/// </summary>
public sealed class WearForm
{
    public const int NameMax = 80, LapsMax = 100_000;
    public const decimal HoursMax = 1000;
    public static readonly IReadOnlyList<(string Value, string Label)> Units = [("laps", "laps"), ("hours", "hours")];

    public string? Kind { get; set; } = WearKinds.Tires;
    public string? Name { get; set; }
    public string? Every { get; set; }
    public string? Per { get; set; } = "laps";
    public Dictionary<string, string> Errors { get; } = [];

    int? _laps;
    decimal? _hours;

    public bool Validate()
    {
        Errors.Clear();
        if (WearKinds.All.All(k => k.Kind != Kind)) Errors[nameof(Kind)] = "Choose a tire set, an engine or motor, or a part.";
        var name = TextRules.Clean(Name);
        if (name is null) Errors[nameof(Name)] = "Name it, such as \"Kosmos green #3\" or \"Diff oil\".";
        else if (name.Length > NameMax) Errors[nameof(Name)] = $"Use at most {NameMax} characters.";
        else if (TextRules.CheckName(name) is { } problem) Errors[nameof(Name)] = problem;
        if (Per is not ("laps" or "hours")) Errors[nameof(Per)] = "Choose laps or hours.";
        else if (TextRules.Clean(Every) is { } every)
        {
            if (Per == "laps" && int.TryParse(every, NumberStyles.None, CultureInfo.InvariantCulture, out var laps) && laps is >= 1 and <= LapsMax) _laps = laps;
            else if (Per == "hours" && SetupNumber.TryParse(every, out var hours) && hours > 0 && hours <= HoursMax && decimal.Round(hours, 2) == hours) _hours = hours;
            else Errors[nameof(Every)] = Per == "laps"
                ? $"Enter the interval as whole laps from 1 to {LapsMax:N0}."
                : $"Enter the interval in hours, more than 0 and at most {HoursMax:0}, such as 3 or 0.5.";
        }
        else if (Kind == WearKinds.Part)
        {
            Errors[nameof(Every)] = "A part needs its service interval, such as every 3 hours or every 200 laps.";
        }
        return Errors.Count == 0;
    }

    public NewWearItem ToItem() => new(Kind!, TextRules.Clean(Name)!, _laps, _hours);
}
