namespace Pitwall.Sql.Baselines;

/// <summary>A car and the baselines it had, newest first (Baselines_ForCar.sql).</summary>
public sealed record BaselineHistory(int CarId, string Brand, string Model, string? Nickname, IReadOnlyList<BaselineEntry> Entries)
{
    public string Label => Fleet.CarLabel.Of(Brand, Model, Nickname);

    /// <summary>False when the baseline was edited in Shop Master after its newest entry (or has none yet).</summary>
    public bool NewestIsCurrent => Entries.Count > 0 && Entries[0].IsCurrent;
}
