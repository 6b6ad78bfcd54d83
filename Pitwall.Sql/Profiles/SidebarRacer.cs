namespace Pitwall.Sql.Profiles;

/// <summary>A line of the racer switcher; <see cref="IsActive"/> marks the racer this browser has open.</summary>
public sealed record SidebarRacer(int Id, string Name, bool IsDefault, bool IsActive);
