using Pitwall.Sql.Profiles;

namespace Pitwall.Sql.Browsers;

/// <param name="Minted">True when the browser's id had no row and the server's fresh id now keys one.</param>
public sealed record SwitchOutcome(IReadOnlyList<SidebarRacer> Racers, bool Minted);
