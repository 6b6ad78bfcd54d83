using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Results;

/// <summary>What the racer typed for a result, laps already read.</summary>
public sealed record ResultFields(string Heat, string? RacingClass, int? Position, IReadOnlyList<decimal> Laps);
