namespace Pitwall.Sql.Exchange;

/// <summary>A car's sessions with setups and results, as Exchange_SessionsCsv.sql builds them for the CSV export.</summary>
public sealed record CarSessions(string Brand, string Model, string? Nickname, IReadOnlyList<CarSession> Sessions);
