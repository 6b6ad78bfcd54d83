namespace Pitwall.Sql.Wear;

/// <summary>A car's (or a session's car's) tire sets, engines and parts: tire sets first, then engines, then parts, by name.</summary>
public sealed record WearList(int OwnerId, int CarId, string? CarLabel, string? Status, IReadOnlyList<WearItem> Items)
{
    public static WearList? Of(IReadOnlyList<WearRow> rows) => rows.Count == 0
        ? null
        : new(rows[0].OwnerId, rows[0].CarId, rows[0].CarLabel, rows[0].Status, rows.Select(r => r.Item).OfType<WearItem>().ToList());

    public IEnumerable<WearItem> OfKind(string kind) => Items.Where(i => i.Kind == kind);

    public int DueCount => Items.Count(i => i.Due);
}
