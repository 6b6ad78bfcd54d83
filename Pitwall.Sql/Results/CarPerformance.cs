namespace Pitwall.Sql.Results;

/// <summary>
/// One page of a car's sessions with their results, newest first, as Results_CarPerformance.sql
/// builds it. <see cref="Older"/> is where the next page starts (null on the last);
/// <see cref="Before"/> is where this one started (null on the newest).
/// </summary>
public sealed record CarPerformance(int CarId, string Brand, string Model, string? Nickname, IReadOnlyList<PerformanceSession> Sessions)
{
    /// <summary>Sessions on a page: a season of club racing, and a page a phone still renders at once.</summary>
    public const int PageSize = 50;

    public int? Before { get; private init; }
    public int? Older { get; private init; }

    /// <summary>The statement reads one session more than a page, only to tell that older ones exist.</summary>
    internal CarPerformance Paged(int? before) => Sessions.Count > PageSize
        ? this with { Sessions = Sessions.Take(PageSize).ToList(), Before = before, Older = Sessions[PageSize - 1].Id }
        : this with { Before = before };
}
