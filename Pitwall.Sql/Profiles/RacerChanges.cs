namespace Pitwall.Sql.Profiles;

/// <summary>What 📝 Edit Profile saves.</summary>
public sealed record RacerChanges(string Name, string? Email, string? Facebook, string? Instagram, IReadOnlyList<string> Sponsors, bool MakeDefault);
