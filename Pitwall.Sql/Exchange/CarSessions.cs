using System.Text.Json.Nodes;
using Pitwall.Sql.Results;

namespace Pitwall.Sql.Exchange;

/// <summary>A car's sessions with setups and results, as Exchange_SessionsCsv.sql builds them for the CSV export.</summary>
public sealed record CarSessions(string Brand, string Model, string? Nickname, IReadOnlyList<CarSession> Sessions);

public sealed record CarSession(
    int Id, string? Name, string? Type, DateOnly? Date, string? TrackName, string? TrackSize, string? Traction,
    string? SurfaceType, string? SurfaceCondition, string? Status, JsonObject Setup, IReadOnlyList<RunResult> Results);
