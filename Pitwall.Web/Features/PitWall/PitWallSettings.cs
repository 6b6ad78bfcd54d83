using System.Globalization;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// The pit wall's settings: the deployment's default team (PITWALL_TEAM_NAME, created when
/// missing; every racer without a team is in it) and how many live views (boards and racers'
/// message lists, each an open event stream) one instance serves at once
/// (PITWALL_LIVE_VIEWS); past that a view refreshes every <see cref="FallbackRefresh"/> instead.
/// </summary>
public sealed record PitWallSettings(string TeamName, int LiveViews)
{
    public const string DefaultTeamName = "Pit crew";
    public const int DefaultLiveViews = 200;
    public static readonly TimeSpan FallbackRefresh = TimeSpan.FromSeconds(15);

    public static PitWallSettings From(IConfiguration config) => new(
        config["PITWALL_TEAM_NAME"] is { } name && name.Trim() is { Length: > 0 and <= 255 } trimmed ? trimmed : DefaultTeamName,
        int.TryParse(config["PITWALL_LIVE_VIEWS"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : DefaultLiveViews);
}
