namespace Pitwall.Sql.Compare;

/// <summary>What "Compare" offers for a session: every session of its car, oldest first, with results.</summary>
public sealed record CompareOffers(int SessionId, int CarId, IReadOnlyList<OfferedSession> Sessions)
{
    /// <summary>The car's locked session before this one (drafts are not sessions yet).</summary>
    public OfferedSession? Previous =>
        Sessions.TakeWhile(s => s.Id != SessionId).LastOrDefault(s => s.Status != "draft");

    /// <summary>The car's session with the lowest Best 3 consecutive, this one included (then there is nothing better to compare with).</summary>
    public OfferedSession? Best =>
        Sessions.Where(s => s.Figures.Best3Consecutive is not null).OrderBy(s => s.Figures.Best3Consecutive).ThenBy(s => s.Id).FirstOrDefault();
}
