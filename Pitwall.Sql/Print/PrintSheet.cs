using System.Text.Json.Nodes;
using Pitwall.Sql.Results;

namespace Pitwall.Sql.Print;

/// <summary>What the printed sheet shows, as Print_Session.sql or Print_Car.sql builds it (a baseline's sheet has no session).</summary>
public sealed record PrintSheet(
    string RacerName, string Brand, string Model, string? Nickname, string? Transponder, JsonObject Baseline, PrintedSession? Session = null)
{
    public string Car => Nickname is { Length: > 0 } n ? $"{Brand} {Model} “{n}”" : $"{Brand} {Model}";
}

public sealed record PrintedSession(
    int Id, string? Name, string? Type, DateOnly? Date, string? Status, string? TrackName, string? TrackSize, string? Traction,
    string? SurfaceType, string? SurfaceCondition, JsonObject Setup, int? Rating, string? Feel, string? Observation,
    IReadOnlyList<RunResult> Results)
{
    public PerformanceSession Figures => _figures ??= new(Id, Name, Date, Type, Results);
    PerformanceSession? _figures;
}
