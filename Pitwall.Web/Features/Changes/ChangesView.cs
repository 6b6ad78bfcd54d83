using System.Globalization;
using Pitwall.Sql.Changes;
using Pitwall.Sql.Results;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Changes;

/// <summary>A car's Changes view: its changes newest first (filtered by parameter), and a summary per parameter.</summary>
public sealed record ChangesView(CarChanges Car, string? Parameter)
{
    public IReadOnlyList<LoggedChange> Shown =>
        Parameter is null ? Car.Changes : Car.Changes.Where(c => c.Key == Parameter).ToList();

    public IReadOnlyList<ParameterSummary> Summary => ParameterSummary.Of(Shown);

    /// <summary>Every parameter the car's changes are about, for the filter, in the sheet's order.</summary>
    public IReadOnlyList<string> Parameters => ParameterSummary.Of(Car.Changes).Select(s => s.Key).ToList();

    /// <summary>A parameter as the racer reads it: "Front shock oil (cSt)"; a name that maps to none stays as stored.</summary>
    public static string Name(string key) => SetupSheet.Find(key) is { } p
        ? $"{Title(p)}{(p.Unit is null ? "" : $" ({p.Unit})")}"
        : key;

    static string Title(SetupParameter p) => p.Group switch
    {
        "front" => "Front " + p.Label.ToLowerInvariant(),
        "rear" => "Rear " + p.Label.ToLowerInvariant(),
        _ => p.Label,
    };

    /// <summary>A lap-time delta, signed: <c>−0.412</c> is faster.</summary>
    public static string Delta(decimal? delta) => delta is { } value && Math.Round(value, 3, MidpointRounding.AwayFromZero) is var d
        ? (d > 0 ? "+" : d < 0 ? "−" : "") + Math.Abs(d).ToString("0.000", CultureInfo.InvariantCulture)
        : "—";

    public static string Time(decimal? seconds) => LapFigures.Time(seconds);
}
