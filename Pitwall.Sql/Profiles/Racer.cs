namespace Pitwall.Sql.Profiles;

/// <summary>A racer profile. <see cref="IsActive"/> is true for the racer this browser has open.</summary>
/// <param name="SponsorLines">The sponsors array, one per line (SQL's array_to_string), which Dapper maps as plain text.</param>
public sealed record Racer(
    int Id,
    string Name,
    string? Email,
    string? Facebook,
    string? Instagram,
    string SponsorLines,
    bool IsDefault,
    bool IsActive)
{
    public IReadOnlyList<string> Sponsors => SponsorLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

public sealed record RacerChanges(string Name, string? Email, string? Facebook, string? Instagram, IReadOnlyList<string> Sponsors, bool MakeDefault);

public enum ProfileWriteOutcome { Saved, NotFound, DuplicateName, StillReferenced }
