namespace Pitwall.Sql.Exchange;

/// <summary>A closed session's closeout; <paramref name="ClosedAt"/> as UTC text Postgres reads, null for the import's time.</summary>
public sealed record CloseoutData(int Rating, string? Feel, string? Observation, string? ClosedAt);
