namespace Pitwall.Sql.Profiles;

/// <summary>A racer profile, as 📝 Edit Profile shows it.</summary>
/// <param name="SponsorLines">The sponsors array, one per line (SQL's array_to_string), which Dapper maps as plain text.</param>
public sealed record Racer(
    int Id,
    string Name,
    string? Email,
    string? Facebook,
    string? Instagram,
    string SponsorLines,
    bool IsDefault)
{
    public IReadOnlyList<string> Sponsors => SponsorLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
