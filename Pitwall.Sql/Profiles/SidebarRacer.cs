namespace Pitwall.Sql.Profiles;

/// <summary>A line of the racer switcher; <see cref="IsActive"/> marks the racer this browser has open.</summary>
public sealed record SidebarRacer(int Id, string Name, bool IsDefault, bool IsActive)
{
    /// <summary>
    /// The switcher's order, in one place for both its reads (Profiles_Sidebar.sql and
    /// Browsers_Switch.sql): the default first, then by name ignoring case, then as made.
    /// </summary>
    public static IReadOnlyList<SidebarRacer> InOrder(IEnumerable<SidebarRacer> racers) =>
        [.. racers.OrderByDescending(r => r.IsDefault).ThenBy(r => r.Name.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(r => r.Id)];
}
