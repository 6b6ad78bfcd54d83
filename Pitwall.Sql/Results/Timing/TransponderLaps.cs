namespace Pitwall.Sql.Results.Timing;

/// <summary>One transponder's laps from its passings, and how many passings were dropped as double reads.</summary>
public sealed record TransponderLaps(string Transponder, IReadOnlyList<decimal> Laps, int DoubleReads);
