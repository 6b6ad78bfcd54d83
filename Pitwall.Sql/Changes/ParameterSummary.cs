using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Changes;

/// <summary>Per parameter: how many changes, how many successes and failures, the mean best-lap delta.</summary>
public sealed record ParameterSummary(string Key, int Changes, int Successes, int Failures, decimal? MeanDelta)
{
    public static IReadOnlyList<ParameterSummary> Of(IEnumerable<LoggedChange> changes) =>
        changes.GroupBy(c => c.Key)
            .Select(g =>
            {
                var deltas = g.Select(c => c.Delta).OfType<decimal>().ToList();
                return new ParameterSummary(g.Key, g.Count(), g.Count(c => c.Outcome == ChangeOutcome.Success),
                    g.Count(c => c.Outcome == ChangeOutcome.Failure), deltas.Count == 0 ? null : deltas.Average());
            })
            .OrderBy(s => SheetOrder(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    static int SheetOrder(string key) =>
        SetupSheet.Find(key) is { } p ? SetupSheet.Parameters.ToList().IndexOf(p) : int.MaxValue;
}
