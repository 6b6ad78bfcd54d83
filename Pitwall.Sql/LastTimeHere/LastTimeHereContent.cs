using System.Text.Json.Nodes;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.LastTimeHere;

/// <summary>
/// What LastTimeHere_Find.sql found for a car at a track: the car's current baseline and the
/// candidates for its best session there (all tied on the lowest best lap, newest first).
/// </summary>
public sealed record LastTimeHereContent(int CarId, string? Track, JsonObject Baseline, IReadOnlyList<TrackVisit> Sessions)
{
    /// <summary>
    /// The best session at the track: the lowest best lap (the SQL kept only those), then the lowest
    /// Best 3 consecutive, then the newest. Null when the car has not run there.
    /// </summary>
    public TrackVisit? Best => Sessions
        .Select((s, i) => (s, i))
        .OrderBy(x => x.s.Figures.Best3Consecutive is null)
        .ThenBy(x => x.s.Figures.Best3Consecutive)
        .ThenBy(x => x.i)
        .Select(x => x.s)
        .FirstOrDefault();

    /// <summary>The parameters where that session's setup is not today's baseline (by SetupEquality), in the sheet's order.</summary>
    public IReadOnlyList<(SetupParameter Parameter, string Baseline, string There)> Differences()
    {
        if (Best is not { } best) return [];
        var (baseline, there) = (SetupValues.From(Baseline), SetupValues.From(best.Setup));
        return SetupSheet.Parameters
            .Where(p => !SetupEquality.Same(p, baseline[p.Key], there[p.Key]))
            .Select(p => (p, baseline[p.Key] ?? "", there[p.Key] ?? ""))
            .ToList();
    }
}
