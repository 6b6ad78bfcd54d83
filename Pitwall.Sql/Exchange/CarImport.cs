namespace Pitwall.Sql.Exchange;

/// <param name="BaselineHistory">The car's earlier baselines, oldest first (may be empty: files before issue 13's history).</param>
/// <param name="Changes">The car's change log, oldest first (may be empty).</param>
public sealed record CarImport(CarData Car, IReadOnlyList<SessionData> Sessions,
    IReadOnlyList<BaselineEntryData> BaselineHistory, IReadOnlyList<ChangeData> Changes)
{
    public int ResultCount => Sessions.Sum(s => s.Results.Count);

    /// <summary>Changes that name none of the file's sessions (left out where the change log requires one).</summary>
    public int ChangesWithoutASession => Changes.Count(c => c.Session is null);
}
