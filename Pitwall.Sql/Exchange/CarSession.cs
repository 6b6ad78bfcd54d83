using System.Text.Json.Nodes;
using Pitwall.Sql.Results;

namespace Pitwall.Sql.Exchange;

/// <summary>One session of the CSV export: its details, its setup and its results (one CSV row each).</summary>
public sealed record CarSession(
    int Id, string? Name, string? Type, DateOnly? Date, string? TrackName, string? TrackSize, string? Traction,
    string? SurfaceType, string? SurfaceCondition, string? Status, JsonObject Setup, IReadOnlyList<RunResult> Results);
