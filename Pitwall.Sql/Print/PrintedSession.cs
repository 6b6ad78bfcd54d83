using System.Text.Json.Nodes;
using Pitwall.Sql.Results;

namespace Pitwall.Sql.Print;

public sealed record PrintedSession(
    int Id, string? Name, string? Type, DateOnly? Date, string? Status, string? TrackName, string? TrackSize, string? Traction,
    string? SurfaceType, string? SurfaceCondition, JsonObject Setup, int? Rating, string? Feel, string? Observation,
    IReadOnlyList<RunResult> Results, JsonNode? Weather = null)
{
    public PerformanceSession Figures => _figures ??= new(Id, Name, Date, Type, Results);
    PerformanceSession? _figures;
}
