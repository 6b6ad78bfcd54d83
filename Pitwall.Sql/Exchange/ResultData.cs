namespace Pitwall.Sql.Exchange;

/// <summary>
/// A result with its figures as stored (numbers kept as their JSON text, so nothing is rounded
/// on the way); consistency as LiveRC's percentage, the total in seconds.
/// </summary>
public sealed record ResultData(
    string? Heat, string? RacingClass, int? Position, string? LapTimes, int? Laps, string? BestLap, string? AverageLap,
    string? TotalTime, string? Consistency, string? LiveRcEventId, string? LiveRcDriverId);
