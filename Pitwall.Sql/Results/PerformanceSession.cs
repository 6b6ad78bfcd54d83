using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Results;

public sealed record PerformanceSession(int Id, string? Name, DateOnly? Date, string? Type, IReadOnlyList<RunResult> Results)
{
    /// <summary>The session's best of each figure over its results (ORP: its best result's).</summary>
    public decimal? BestLap => Results.Select(r => r.Figures.Best).Min();
    public decimal? Best3Consecutive => Results.Select(r => r.Figures.Best3Consecutive).Min();
    public decimal? Orp => Results.Select(r => r.Figures.Orp).Max();
}
