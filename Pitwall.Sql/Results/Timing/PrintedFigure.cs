using System.Globalization;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// A figure the timing system printed for the racer, with Pitwall's own for the same thing beside
/// it where the racer's laps are known (from <see cref="LapFigures"/>). They differ "by more than
/// rounding" when the gap is larger than half a unit of the printed figure's last digit plus what
/// the laps' own rounding can move Pitwall's (half a unit of the laps' last digit for each lap the
/// figure adds up; for consistency, that through the average). Then the printed figure is the
/// timing system's, and is labelled so: when it prints a figure, it is the authority for it.
/// </summary>
public sealed record PrintedFigure(string Name, PrintedFigure.Kinds Kind, decimal Printed, decimal? Pitwall, bool Differs)
{
    public enum Kinds { Time, Count, Number, Percent }

    /// <summary>Each figure the line prints, in the order a racer reads them, Pitwall's beside it when <paramref name="laps"/> has laps.</summary>
    public static IReadOnlyList<PrintedFigure> Of(FieldLine printed, IReadOnlyList<decimal> laps)
    {
        var f = laps.Count > 0 ? LapFigures.Of(laps) : null;
        var lapHalf = laps.Count > 0 ? Half(laps.Max(Scale)) : 0m;
        var list = new List<PrintedFigure>();
        void Add(string name, Kinds kind, decimal? value, decimal? pitwall, decimal slack)
        {
            if (value is not { } v) return;
            var differs = f is not null && pitwall is { } p && Math.Abs(v - p) > (kind == Kinds.Count ? 0m : Half(Scale(v)) + slack);
            list.Add(new(name, kind, v, f is null ? null : pitwall, differs));
        }
        Add("Laps", Kinds.Count, printed.Laps, f?.Laps, 0m);
        Add("Race time", Kinds.Time, printed.TotalTime, f?.Total, laps.Count * lapHalf);
        Add("Fastest lap", Kinds.Time, printed.FastestLap, f?.Best, lapHalf);
        Add("Fastest lap set on lap", Kinds.Count, printed.FastestLapNumber, f is null ? null : FirstFastest(laps), 0m);
        Add("Average lap", Kinds.Time, printed.AverageLap, f?.Average, lapHalf);
        Add("Avg Top 5", Kinds.Time, printed.AverageTop5, LapFigures.AverageOfFastest(laps, 5), lapHalf);
        Add("Avg Top 10", Kinds.Time, printed.AverageTop10, LapFigures.AverageOfFastest(laps, 10), lapHalf);
        Add("Avg Top 15", Kinds.Time, printed.AverageTop15, LapFigures.AverageOfFastest(laps, 15), lapHalf);
        Add("Top 3 consecutive", Kinds.Time, printed.Top3Consecutive, f?.Best3Consecutive, 3 * lapHalf);
        Add("Standard deviation", Kinds.Number, printed.StdDev, f?.StdDev, lapHalf);
        Add("Consistency", Kinds.Percent, printed.Consistency, f?.Consistency,
            f?.Average is > 0 and var mean ? 100m * lapHalf / mean : 0m);
        return list;
    }

    public string PrintedText => Text(Printed, printedAsIs: true);

    public string PitwallText => Pitwall is { } p ? Text(p, printedAsIs: false) : "—";

    // A printed number keeps the digits it was printed with (2.11, 94.65 %); Pitwall's are rounded as everywhere else.
    string Text(decimal value, bool printedAsIs) => Kind switch
    {
        Kinds.Time => LapFigures.Time(value),
        Kinds.Count => value.ToString("0", CultureInfo.InvariantCulture),
        Kinds.Percent => (printedAsIs ? value.ToString(CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture)) + " %",
        _ => printedAsIs ? value.ToString(CultureInfo.InvariantCulture) : value.ToString("0.000", CultureInfo.InvariantCulture),
    };

    static int FirstFastest(IReadOnlyList<decimal> laps)
    {
        var best = laps.Min();
        for (var i = 0; ; i++) if (laps[i] == best) return i + 1;
    }

    static int Scale(decimal d) => d.Scale;

    static decimal Half(int decimals) => 0.5m / (decimal)Math.Pow(10, decimals);
}
