using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Results;

/// <summary>One result for its edit form.</summary>
public sealed record ResultRow(int Id, int SessionId, string? Heat, string? RacingClass, int? Position, string? LapTimes);
