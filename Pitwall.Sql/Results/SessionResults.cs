using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Results;

/// <summary>A session of the active racer with its results, as Results_ForSession.sql builds it.</summary>
public sealed record SessionResults(int SessionId, string? SessionName, string? Status, IReadOnlyList<RunResult> Results);
