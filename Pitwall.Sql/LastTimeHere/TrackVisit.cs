using System.Text.Json.Nodes;
using Pitwall.Sql.Conditions;
using Pitwall.Sql.Results;

namespace Pitwall.Sql.LastTimeHere;

/// <summary>An earlier session of the car at the track: its setup, conditions, results and the changes made there.</summary>
public sealed record TrackVisit(
    int Id, string? Name, DateOnly? Date, string? TrackName, string? Status, JsonObject Setup, JsonNode? Weather,
    IReadOnlyList<RunResult> Results, IReadOnlyList<VisitChange> Changes)
{
    /// <summary>Best lap and Best 3 consecutive over its results, as Performance reckons them.</summary>
    public PerformanceSession Figures => _figures ??= new(Id, Name, Date, null, Results);
    PerformanceSession? _figures;

    public SessionConditions Conditions => _conditions ??= SessionConditions.From(Weather);
    SessionConditions? _conditions;
}
