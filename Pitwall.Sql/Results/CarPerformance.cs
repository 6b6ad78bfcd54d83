using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Results;

/// <summary>A car's sessions with their results, newest first, as Results_CarPerformance.sql builds it.</summary>
public sealed record CarPerformance(int CarId, string Brand, string Model, string? Nickname, IReadOnlyList<PerformanceSession> Sessions);
