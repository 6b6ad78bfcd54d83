namespace Pitwall.Sql.Baselines;

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
