using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>The details of a racing session, as typed: shared by ➕ New Session and the draft.</summary>
public class SessionDetailsForm
{
    public static readonly IReadOnlyList<string> Types = ["Practice", "Qualifier", "Main"];
    public static readonly IReadOnlyList<string> Sizes = ["Small", "Medium", "Large"];
    public static readonly IReadOnlyList<string> Tractions = ["Low", "Medium", "High"];
    const int NameMax = 80, SurfaceMax = 40;

    public string? SessionName { get; set; }
    public string? Type { get; set; }
    public string? Date { get; set; }
    public string? TrackName { get; set; }
    public string? TrackSize { get; set; }
    public string? Traction { get; set; }
    public string? SurfaceType { get; set; }
    public string? SurfaceCondition { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>
    /// The session's stored type, size and traction: a word outside Pitwall's lists (the earlier
    /// tool's "Qualifying", say) is shown, offered again and accepted while it is unchanged.
    /// </summary>
    [BindNever] public (string? Type, string? TrackSize, string? Traction) Stored { get; set; }

    IReadOnlyList<string> TypeOptions => WithStored(Types, Stored.Type);
    IReadOnlyList<string> SizeOptions => WithStored(Sizes, Stored.TrackSize);
    IReadOnlyList<string> TractionOptions => WithStored(Tractions, Stored.Traction);

    static IReadOnlyList<string> WithStored(IReadOnlyList<string> list, string? stored) =>
        string.IsNullOrWhiteSpace(stored) || list.Contains(stored) ? list : [.. list, stored];

    protected bool ValidateDetails()
    {
        Errors.Clear();
        var name = RacerRules.Clean(SessionName);
        if (name is null) Errors[nameof(SessionName)] = "Enter a name for the session, such as \"Saturday practice\".";
        else if (name.Length > NameMax) Errors[nameof(SessionName)] = $"Use at most {NameMax} characters for the session name.";
        else if (TextRules.CheckName(name) is { } problem) Errors[nameof(SessionName)] = problem;
        if (!TypeOptions.Contains(Type ?? "")) Errors[nameof(Type)] = "Choose Practice, Qualifier or Main.";
        if (ParsedDate is not { } date || date.Year is < 2000 or > 2100) Errors[nameof(Date)] = "Enter the date of the session.";
        if (RacerRules.Clean(TrackName) is { Length: > NameMax }) Errors[nameof(TrackName)] = $"Use at most {NameMax} characters for the track name.";
        if (RacerRules.Clean(TrackSize) is { } size && !SizeOptions.Contains(size)) Errors[nameof(TrackSize)] = "Choose Small, Medium or Large.";
        if (RacerRules.Clean(Traction) is { } traction && !TractionOptions.Contains(traction)) Errors[nameof(Traction)] = "Choose Low, Medium or High.";
        if (RacerRules.Clean(SurfaceType) is { Length: > SurfaceMax }) Errors[nameof(SurfaceType)] = $"Use at most {SurfaceMax} characters.";
        if (RacerRules.Clean(SurfaceCondition) is { Length: > SurfaceMax }) Errors[nameof(SurfaceCondition)] = $"Use at most {SurfaceMax} characters.";
        TextRules.CheckReadable(Errors, (nameof(TrackName), TrackName), (nameof(SurfaceType), SurfaceType), (nameof(SurfaceCondition), SurfaceCondition));
        return Errors.Count == 0;
    }

    DateOnly? ParsedDate => DateOnly.TryParseExact(Date ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public SessionDetails ToDetails() => new(
        RacerRules.Clean(SessionName)!, Type!, ParsedDate!.Value, RacerRules.Clean(TrackName), RacerRules.Clean(TrackSize),
        RacerRules.Clean(Traction), RacerRules.Clean(SurfaceType), RacerRules.Clean(SurfaceCondition));

    protected void CopyFrom(OpenSession s)
    {
        SessionName = s.Name;
        Type = s.Type;
        Date = s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        TrackName = s.TrackName;
        TrackSize = s.TrackSize;
        Traction = s.Traction;
        SurfaceType = s.SurfaceType;
        SurfaceCondition = s.SurfaceCondition;
        Stored = (s.Type, s.TrackSize, s.Traction);
    }

    /// <summary>The detail fields, ids prefixed by the form's id.</summary>
    public IEnumerable<FieldModel> Fields(string formId)
    {
        string? E(string key) => Errors.GetValueOrDefault(key);
        yield return new(formId, nameof(SessionName), "Session name", SessionName, E(nameof(SessionName)));
        yield return new(formId, nameof(Type), "Type", Type, E(nameof(Type)), Options: TypeOptions, Optional: false);
        yield return new(formId, nameof(Date), "Date", Date, E(nameof(Date)), Type: "date");
        yield return new(formId, nameof(TrackName), "Track name", TrackName, E(nameof(TrackName)));
        yield return new(formId, nameof(TrackSize), "Track size", TrackSize, E(nameof(TrackSize)), Options: SizeOptions);
        yield return new(formId, nameof(Traction), "Traction", Traction, E(nameof(Traction)), Options: TractionOptions);
        yield return new(formId, nameof(SurfaceType), "Surface type", SurfaceType, E(nameof(SurfaceType)));
        yield return new(formId, nameof(SurfaceCondition), "Surface condition", SurfaceCondition, E(nameof(SurfaceCondition)));
    }
}

/// <summary>➕ New Session: a car of the racer's and the session's details.</summary>
public sealed class NewSessionForm : SessionDetailsForm
{
    public int? CarId { get; set; }

    public static NewSessionForm Today() => new() { Type = "Practice", Date = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    public bool Validate(IReadOnlyList<CarChoice> cars)
    {
        ValidateDetails();
        if (CarId is not { } car || cars.All(c => c.Id != car)) Errors[nameof(CarId)] = "Choose one of your cars.";
        return Errors.Count == 0;
    }
}

/// <summary>The draft as the racer types it: details and the setup sheet.</summary>
public sealed class DraftForm : SessionDetailsForm
{
    [BindNever] public SetupSheetForm Setup { get; set; } = new(null, SetupValues.Empty);

    public static DraftForm From(OpenSession s)
    {
        var form = new DraftForm { Setup = new SetupSheetForm(null, SetupValues.From(s.Setup)) };
        form.CopyFrom(s);
        return form;
    }

    public bool Validate()
    {
        var details = ValidateDetails();
        return Setup.Validate() && details;
    }

    /// <summary>What the status line says when the draft cannot be saved.</summary>
    public string Problem =>
        Errors.Count + Setup.Errors.Count == 0
            ? ""
            : "Not saved: " + string.Join(" ", Errors.Values.Concat(Setup.Errors.Select(e => $"{Label(e.Key)}: {e.Value}")));

    static string Label(string key) => SetupSheet.Find(key) is { } p
        ? $"{SetupSheet.Groups.First(g => g.Group == p.Group).Title} {p.Label.ToLowerInvariant()}"
        : key;
}

/// <summary>The Event Setup panel: the racer's cars, the open session (draft or reopened) and their sessions.</summary>
public sealed record EventSetupView(EventSetupPanel Panel, NewSessionForm? Form = null)
{
    public OpenSession? Open => Panel.Open;

    public CarChoice? Car(int id) => Panel.Cars.FirstOrDefault(c => c.Id == id);

    public SetupValues Baseline => Open is null ? SetupValues.Empty : SetupValues.From(Open.Baseline);

    public IEnumerable<(CarChoice Car, IReadOnlyList<PastSession> Sessions)> SessionsByCar =>
        Panel.Cars
            .Select(c => (c, (IReadOnlyList<PastSession>)Panel.Past.Where(p => p.CarId == c.Id).ToList()))
            .Where(g => g.Item2.Count > 0);
}
