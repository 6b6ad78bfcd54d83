namespace Pitwall.Sql.Profiles;

/// <summary>A racer profile, as 📝 Edit Profile shows it.</summary>
/// <param name="SponsorLines">The sponsors array, one per line (SQL's array_to_string), which Dapper maps as plain text.</param>
/// <param name="Team">The racer's team: the one chosen, else the deployment's default (null before the app first started).</param>
/// <param name="TeamLines">Every team's name, to choose from, one per line (as SponsorLines).</param>
public sealed record Racer(
    int Id,
    string Name,
    string? Email,
    string? Facebook,
    string? Instagram,
    string SponsorLines,
    bool IsDefault,
    string? Team,
    string TeamLines)
{
    public IReadOnlyList<string> Teams => TeamLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> Sponsors => SponsorLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
