using System.Text.Json.Nodes;

namespace Pitwall.Sql.Baselines;

/// <summary>A car's current baseline and its earlier ones, newest first, as Baselines_ForCar.sql builds it.</summary>
public sealed record BaselineHistory(int CarId, string Brand, string Model, string? Nickname, JsonObject Current, IReadOnlyList<BaselineEntry> Entries)
{
    public string Label => Nickname is { Length: > 0 } n ? $"{Brand} {Model} “{n}”" : $"{Brand} {Model}";

    /// <summary>False when the baseline was edited in Shop Master after its newest entry (or has none yet).</summary>
    public bool NewestIsCurrent => Entries.Count > 0 && Entries[0].IsCurrent;
}
