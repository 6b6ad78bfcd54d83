using System.Text.Json.Nodes;

namespace Pitwall.Sql.Baselines;

/// <summary>A car's current baseline and its earlier ones, newest first, as Baselines_ForCar.sql builds it.</summary>
public sealed record BaselineHistory(int CarId, string Brand, string Model, string? Nickname, JsonObject Current, IReadOnlyList<BaselineEntry> Entries)
{
    public string Label => Nickname is { Length: > 0 } n ? $"{Brand} {Model} “{n}”" : $"{Brand} {Model}";

    /// <summary>False when the baseline was edited in Shop Master after its newest entry (or has none yet).</summary>
    public bool NewestIsCurrent => Entries.Count > 0 && Entries[0].IsCurrent;
}

/// <summary>One baseline the car had: when it was saved and where it came from.</summary>
public sealed record BaselineEntry(int Id, string Source, int? SessionId, string? SessionName, int? RestoredFrom, DateTime SavedAt, bool IsCurrent)
{
    public string Origin => Source switch
    {
        "session" => SessionName is { } name ? $"from session “{name}”" : "from a session since deleted",
        "restored" => RestoredFrom is { } from ? $"restored from #{from}" : "restored",
        "library" => "from the library",
        _ => "as set in Shop Master",
    };
}

/// <summary>What making or restoring a baseline did.</summary>
public enum BaselineOutcome { Replaced, NotFound }
