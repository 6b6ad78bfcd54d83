using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Results;

public sealed record PerformanceSession(int Id, string? Name, DateOnly? Date, string? Type, IReadOnlyList<RunResult> Results)
{
    /// <summary>The session's best of each figure over its results (ORP: its best result's).</summary>
    public decimal? BestLap => Results.Select(r => r.Figures.Best).Min();
    public decimal? Best3Consecutive => Results.Select(r => r.Figures.Best3Consecutive).Min();
    public decimal? Orp => Results.Select(r => r.Figures.Orp).Max();

    /// <summary>Each heat pasted from a timing system, as one line: where the racer stood in its field (FieldStanding).</summary>
    public IEnumerable<string> FieldLines => Results.Where(r => r.Timing is not null).Select(r => r.Timing!.Standing.Line(r.Heat));

    /// <summary>
    /// The heat Compare sets beside the other side's: the session's last one pasted from a timing
    /// system (racers add heats in the order run, so it is the main more often than not).
    /// </summary>
    public RunResult? FieldResult => Results.LastOrDefault(r => r.Timing is not null);
}
