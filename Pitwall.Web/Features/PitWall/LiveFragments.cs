using System.Collections.Concurrent;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// The latest rendering of each live fragment (a team's cards, a racer's messages), by the
/// number of the signal it answers: the first viewer to ask for a newer one reads and renders
/// it, every other viewer of the same fragment gets that very string. A rendering started after
/// signal N was heard has read everything committed up to N, so any number at or above the one
/// asked for will do. A failed rendering (the database is away) is not kept.
/// </summary>
public sealed class LiveFragments
{
    readonly ConcurrentDictionary<string, (long Seq, Lazy<Task<string>> Html)> _latest = new();

    public Task<string> GetAsync(string key, long seq, Func<Task<string>> render)
    {
        var fresh = (seq, new Lazy<Task<string>>(render));
        var kept = _latest.AddOrUpdate(key, fresh, (_, old) => old.Seq >= seq && !Failed(old.Html) ? old : fresh);
        return kept.Html.Value;
    }

    static bool Failed(Lazy<Task<string>> html) => html.IsValueCreated && (html.Value.IsFaulted || html.Value.IsCanceled);
}
