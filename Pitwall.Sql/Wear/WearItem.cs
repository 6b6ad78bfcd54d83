using System.Globalization;

namespace Pitwall.Sql.Wear;

/// <summary>
/// A tire set, engine or part of a car with what it has done since it was counted from (its
/// results: runs, laps, run time), its interval if any, and whether it is due (decided in SQL,
/// pitwall_wear_due). <see cref="Mounted"/>: on the car for the session asked about.
/// </summary>
public sealed record WearItem(
    int Id, string Kind, string Name, int? EveryLaps, decimal? EveryHours, DateTime? ServicedOn, DateTime CreatedAt,
    int Runs, int Laps, decimal Seconds, bool Due, int Sessions, bool Mounted)
{
    /// <summary>Share of the interval used, in whole percent (can pass 100); null without an interval.</summary>
    public int? UsedPercent => EveryLaps is { } laps ? Percent(Laps, laps)
        : EveryHours is { } hours ? Percent(Seconds, hours * 3600m)
        : null;

    /// <summary>"every 20 laps", "every 3 h", or null.</summary>
    public string? Interval => EveryLaps is { } laps ? $"every {laps} laps"
        : EveryHours is { } hours ? $"every {hours.ToString("0.##", CultureInfo.InvariantCulture)} h"
        : null;

    /// <summary>"22 laps · 2 runs · 0:20:05": what it has done since it was counted from.</summary>
    public string Use => $"{Laps} {(Laps == 1 ? "lap" : "laps")} · {Runs} {(Runs == 1 ? "run" : "runs")} · {Hours(Seconds)}";

    /// <summary>Run time as h:mm:ss.</summary>
    public static string Hours(decimal seconds)
    {
        var t = TimeSpan.FromSeconds((double)Math.Round(seconds, 0, MidpointRounding.AwayFromZero));
        return $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}";
    }

    static int Percent(decimal used, decimal of) => (int)Math.Round(100m * used / of, MidpointRounding.AwayFromZero);
}
