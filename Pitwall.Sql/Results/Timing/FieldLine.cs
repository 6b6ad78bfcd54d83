using System.Text.Json.Serialization;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// One driver of a stored heat (timing_heats.field): every figure as the timing system printed it
/// (a <see cref="DriverLine"/> without its laps), and Pitwall's figures from the driver's laps where
/// the layout carried them (<see cref="FromLaps"/>). The racer's own laps are in race_results; the
/// field keeps figures, not laps, so a heat of 40 drivers stays small in every read.
/// </summary>
public sealed record FieldLine
{
    public int? Position { get; init; }
    public string? CarNumber { get; init; }
    public string? Name { get; init; }
    public string? Transponder { get; init; }
    public int? Qualified { get; init; }
    public int? Laps { get; init; }
    public decimal? TotalTime { get; init; }
    public Behind? Behind { get; init; }
    public decimal? FastestLap { get; init; }
    public int? FastestLapNumber { get; init; }
    public decimal? AverageLap { get; init; }
    public decimal? AverageTop5 { get; init; }
    public decimal? AverageTop10 { get; init; }
    public decimal? AverageTop15 { get; init; }
    public decimal? Top3Consecutive { get; init; }
    public decimal? StdDev { get; init; }
    public decimal? Consistency { get; init; }
    public int? DoubleReads { get; init; }
    /// <summary>Pitwall's figures from this driver's laps; null where the layout carried none.</summary>
    public LapFigures? FromLaps { get; init; }

    public static FieldLine Of(DriverLine d) => new()
    {
        Position = d.Position, CarNumber = d.CarNumber, Name = d.Name, Transponder = d.Transponder, Qualified = d.Qualified,
        Laps = d.Laps, TotalTime = d.TotalTime, Behind = d.Behind, FastestLap = d.FastestLap, FastestLapNumber = d.FastestLapNumber,
        AverageLap = d.AverageLap, AverageTop5 = d.AverageTop5, AverageTop10 = d.AverageTop10, AverageTop15 = d.AverageTop15,
        Top3Consecutive = d.Top3Consecutive, StdDev = d.StdDev, Consistency = d.Consistency, DoubleReads = d.DoubleReads,
        FromLaps = d.LapTimes.Count > 0 ? Stored(LapFigures.Of(d.LapTimes)) : null,
    };

    /// <summary>To the thousandth, as race_results keeps figures (numeric(10,3)): a square root has 28 digits nobody reads.</summary>
    static LapFigures Stored(LapFigures f)
    {
        static decimal? R(decimal? x) => x is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;
        return new(f.Laps, R(f.Best), R(f.Average), R(f.Total), R(f.StdDev), R(f.Consistency), R(f.FadePercent), R(f.Best3Consecutive), R(f.Orp));
    }

    // The figures the field is ranked by: the timing system's where it printed them (it is the
    // authority), else Pitwall's from the laps. The average falls back to race time ÷ laps first,
    // LiveRC's own definition of Avg Lap, so a results-only layout still has one.

    [JsonIgnore] public decimal? Best => FastestLap ?? FromLaps?.Best;

    [JsonIgnore]
    public decimal? Average => AverageLap
        ?? (Laps is > 0 and var laps && TotalTime is { } total ? Math.Round(total / laps, 3, MidpointRounding.AwayFromZero) : (decimal?)null)
        ?? FromLaps?.Average;

    [JsonIgnore] public decimal? Top3 => Top3Consecutive ?? FromLaps?.Best3Consecutive;

    [JsonIgnore] public decimal? ConsistencyPercent => Consistency ?? FromLaps?.Consistency;

    /// <summary>How the racer recognises the line: "7 SAM RIVERS", "#7", or "Transponder 4412871".</summary>
    [JsonIgnore]
    public string Label => (CarNumber, Name) switch
    {
        ({ } car, { } name) => $"{car} {name}",
        (null, { } name) => name,
        ({ } car, null) => $"#{car}",
        _ => Transponder is { } t ? $"Transponder {t}" : "Unnamed driver",
    };
}
