using System.Globalization;
using Pitwall.Sql.Compare;
using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Compare;

/// <summary>Compare setups: what the racer can pick, and the two sides compared package by package when both are picked.</summary>
public sealed record CompareView(CompareSetups Setups)
{
    public CompareSide? A => Setups.A;
    public CompareSide? B => Setups.B;

    public SetupComparison? Comparison => _comparison ??= A is { } a && B is { } b
        ? SetupComparison.Of(SetupValues.From(a.Setup), SetupValues.From(b.Setup))
        : null;
    SetupComparison? _comparison;

    public string Label(CompareSide side) => Setups.Car(side.CarId) is { } car ? $"{car.Label} · {What(side)}" : What(side);

    static string What(CompareSide side) => side.Kind switch
    {
        SetupRef.Car => "current baseline",
        SetupRef.Baseline => $"baseline of {side.SavedAt:yyyy-MM-dd HH:mm}" + (side.Name is { } n ? $" (from “{n}”)" : ""),
        SetupRef.Library => $"library: {side.Name ?? "setup"}" + (side.Source is { } s ? $" ({s}, {side.Date:yyyy-MM-dd})" : ""),
        _ => $"{side.Date:yyyy-MM-dd} {side.Name}".Trim(),
    };

    /// <summary>
    /// The choices, grouped by car: its current baseline, its earlier baselines, its sessions; and a
    /// library setup being compared, so that picking the other side keeps it.
    /// </summary>
    public IEnumerable<(string Car, IReadOnlyList<(string Value, string Text)> Options)> Choices =>
        new[] { A, B }.OfType<CompareSide>().Where(s => s.Kind == SetupRef.Library).DistinctBy(s => s.Id)
            .Select(s => ("Library", (IReadOnlyList<(string, string)>)[(s.Ref.ToString(), What(s))]))
        .Concat(Setups.Cars.Select(car => (car.Label, (IReadOnlyList<(string, string)>)
            new[] { ($"car-{car.Id}", "Current baseline") }
                .Concat(Setups.Baselines.Where(b => b.CarId == car.Id).Select(b => ($"baseline-{b.Id}", $"Baseline of {b.SavedAt:yyyy-MM-dd HH:mm}")))
                .Concat(Setups.Sessions.Where(s => s.CarId == car.Id).Select(s => ($"session-{s.Id}", $"{s.Date:yyyy-MM-dd} {s.Name}".Trim())))
                .ToList())));

    public static string Unit(SetupParameter p) => p.Unit is null ? "" : p.Unit;

    public static string Difference(ComparedParameter p) =>
        p.Same ? "" : p.Difference is { } d ? SetupEquality.Signed(d, p.Parameter) : "≠";

    public static string Percent(int? value) => value is { } v ? $"{v} %" : "—";

    /// <summary>B − A of a lap time in seconds (negative: B is faster), or of a score.</summary>
    public static string TimeDelta(decimal? a, decimal? b) => a is { } x && b is { } y ? Signed(y - x, "0.000") : "—";
    public static string ScoreDelta(decimal? a, decimal? b) => a is { } x && b is { } y ? Signed(y - x, "0.0") : "—";

    static string Signed(decimal d, string format)
    {
        // Signed after rounding: a difference that rounds to nothing shows as 0.0, not −0.0.
        d = Math.Round(d, format.Length - 2, MidpointRounding.AwayFromZero);
        var text = Math.Abs(d).ToString(format, CultureInfo.InvariantCulture);
        return d > 0 ? "+" + text : d < 0 ? "−" + text : text;
    }

    public static string Time(decimal? t) => LapFigures.Time(t);

    /// <summary>A side's standing in the field of its session's last heat from a timing system; null for none (or a setup that is no session).</summary>
    public static FieldStanding? Field(CompareSide side) => side.Figures.FieldResult?.Timing?.Standing;

    /// <summary>Which heat a side's field figures are of: "A-Main (LiveRC)".</summary>
    public static string Heat(CompareSide side) => side.Figures.FieldResult is { Timing: { } t } r ? $"{r.Heat} ({t.SystemName})" : "—";

    public static string Gap(decimal? seconds) => FieldStanding.Gap(seconds);
    public static string Score(decimal? s) => LapFigures.Score(s);
}
