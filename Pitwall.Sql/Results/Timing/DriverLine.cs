namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// One driver of the field, every figure as the timing system printed it (times in seconds);
/// null where the layout does not print it or the cell was empty. Pitwall's own figures come
/// from <see cref="LapFigures"/> and sit beside these, never in place of them.
/// </summary>
public sealed record DriverLine
{
    /// <summary>The 1-based line of the paste where this driver's row (or first passing, or column) stands.</summary>
    public int Line { get; init; }
    public int? Position { get; init; }
    public string? CarNumber { get; init; }
    public string? Name { get; init; }
    public string? Transponder { get; init; }
    /// <summary>The qualifying position the result table prints (LiveRC's "Qual").</summary>
    public int? Qualified { get; init; }
    public int? Laps { get; init; }
    public decimal? TotalTime { get; init; }
    public Behind? Behind { get; init; }
    public decimal? FastestLap { get; init; }
    /// <summary>The lap the fastest lap was set on.</summary>
    public int? FastestLapNumber { get; init; }
    public decimal? AverageLap { get; init; }
    public decimal? AverageTop5 { get; init; }
    public decimal? AverageTop10 { get; init; }
    public decimal? AverageTop15 { get; init; }
    public decimal? Top3Consecutive { get; init; }
    public decimal? StdDev { get; init; }
    /// <summary>Consistency in percent (94.65 for "94.65%").</summary>
    public decimal? Consistency { get; init; }
    /// <summary>The driver's laps in the order driven, where the layout carries them; empty otherwise.</summary>
    public IReadOnlyList<decimal> LapTimes { get; init; } = [];
    /// <summary>Decoder passings dropped as double reads; null for every other layout.</summary>
    public int? DoubleReads { get; init; }
}
