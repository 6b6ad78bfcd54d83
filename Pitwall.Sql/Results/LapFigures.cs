using System.Globalization;

namespace Pitwall.Sql.Results;

/// <summary>
/// The figures of one run, from its laps in the order driven (seconds). Every number a racer
/// reads about a run is computed here and nowhere else; SQL stores them, views format them.
/// A figure that needs more laps than the run has is null (shown as "—").
/// </summary>
public sealed record LapFigures(
    int Laps, decimal? Best, decimal? Average, decimal? Total, decimal? StdDev,
    decimal? Consistency, decimal? FadePercent, decimal? Best3Consecutive, decimal? Orp)
{
    public static LapFigures Empty { get; } = new(0, null, null, null, null, null, null, null, null);

    public static LapFigures Of(IReadOnlyList<decimal> laps)
    {
        if (laps.Count == 0) return Empty;
        var n = laps.Count;
        var mean = laps.Average();
        decimal? sd = null, consistency = null, fade = null, best3 = null, orp = null;
        if (n >= 2)
        {
            // Sample standard deviation (n − 1); consistency is LiveRC's percentage of it, 100 × (1 − s ÷ mean),
            // which is what the earlier tool's race_results.consistency holds (V14), not s itself.
            var variance = laps.Sum(l => (l - mean) * (l - mean)) / (n - 1);
            sd = (decimal)Math.Sqrt((double)variance);
            consistency = ConsistencyOf(sd.Value, mean);
            orp = consistency;
        }
        if (n >= 3)
        {
            var lastFive = laps.Skip(Math.Max(0, n - 5)).Average();
            var fastestThree = laps.Order().Take(3).Average();
            fade = (lastFive / fastestThree - 1m) * 100m;
            best3 = Enumerable.Range(0, n - 2).Min(i => laps[i] + laps[i + 1] + laps[i + 2]);
            if (fade > 1m) orp = Math.Max(0m, consistency!.Value - Math.Min(20m, 2m * fade.Value));
        }
        return new(n, laps.Min(), mean, laps.Sum(), sd, consistency, fade, best3, orp);
    }

    /// <summary>LiveRC's consistency from a run's sample standard deviation and mean: 100 × (1 − s ÷ mean), within 0…100.</summary>
    public static decimal ConsistencyOf(decimal standardDeviation, decimal mean) =>
        Math.Clamp(100m - 100m * standardDeviation / mean, 0m, 100m);

    /// <summary>
    /// The mean of the <paramref name="n"/> fastest laps (LiveRC's "Avg Top N"); null when the run
    /// has fewer than <paramref name="n"/> laps, as LiveRC then leaves the cell empty.
    /// </summary>
    public static decimal? AverageOfFastest(IReadOnlyList<decimal> laps, int n) =>
        n > 0 && laps.Count >= n ? laps.Order().Take(n).Average() : null;

    /// <summary>
    /// The figures of a run known only by what a timing system stored (no laps): as stored, with
    /// the standard deviation that LiveRC's consistency implies (s = average × (1 − consistency ÷ 100)).
    /// </summary>
    public static LapFigures Stored(int? laps, decimal? best, decimal? average, decimal? total, decimal? consistency) =>
        new(laps ?? 0, best, average, total,
            consistency is { } c && average is { } mean ? mean * (1m - c / 100m) : null,
            consistency, null, null, null);

    /// <summary><c>24.516</c> below a minute, <c>1:02.345</c> from a minute on; "—" for none.</summary>
    public static string Time(decimal? seconds)
    {
        if (seconds is not { } s) return "—";
        s = Math.Round(s, 3, MidpointRounding.AwayFromZero);
        if (s < 60m) return s.ToString("0.000", CultureInfo.InvariantCulture);
        var minutes = (int)(s / 60m);
        return $"{minutes}:{(s - minutes * 60m).ToString("00.000", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A score out of 100 with one decimal; "—" for none.</summary>
    public static string Score(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    /// <summary>Fade as a signed percentage change (<c>+2.4 %</c> is slower at the end); "—" for none.</summary>
    public static string Percent(decimal? value) => value is { } v
        ? (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.0", CultureInfo.InvariantCulture) + " %"
        : "—";
}
