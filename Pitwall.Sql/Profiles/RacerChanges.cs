namespace Pitwall.Sql.Profiles;

/// <summary>What 📝 Edit Profile saves.</summary>
/// <param name="Team">The team to join, by name (a new name starts a team); null keeps the racer's team.</param>
public sealed record RacerChanges(string Name, string? Email, string? Facebook, string? Instagram, IReadOnlyList<string> Sponsors, bool MakeDefault,
    string? Team = null);
