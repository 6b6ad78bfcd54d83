namespace Pitwall.Sql.PitWall;

/// <summary>A result of the session the wall looks at, as stored.</summary>
public sealed record WallResult(int Id, string? Heat, int? Position, int? Laps, decimal? BestLap, decimal? AverageLap, decimal? Consistency);
