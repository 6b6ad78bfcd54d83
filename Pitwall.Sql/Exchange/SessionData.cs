namespace Pitwall.Sql.Exchange;

/// <summary>A session of an import file with its setup (JSON text), results and closeout.</summary>
public sealed record SessionData(
    string? Name, string Type, string? Date, string? TrackName, string? TrackSize, string? Traction, string? SurfaceType,
    string? SurfaceCondition, string? Status, string Setup, IReadOnlyList<ResultData> Results, CloseoutData? Closeout = null);
