using System.Text.Json.Nodes;
using Pitwall.Sql.Results;

namespace Pitwall.Sql.Compare;

/// <summary>
/// One side: a car's current baseline, an earlier baseline, a session (with its results) or a library entry.
/// </summary>
public sealed record CompareSide(
    string Kind, int Id, int CarId, string? Name, DateOnly? Date, DateTime? SavedAt, string? Source, JsonObject Setup, IReadOnlyList<RunResult> Results)
{
    public SetupRef Ref => new(Kind, Id);

    /// <summary>Best lap, Best 3 consecutive and ORP over the session's results, as the Performance view reckons them.</summary>
    public PerformanceSession Figures => _figures ??= new(Id, Name, Date, null, Results);
    PerformanceSession? _figures;
}
