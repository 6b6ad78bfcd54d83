using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.PitWall;

/// <summary>A card tapped (<c>#wall-racer</c>): the racer's session, read-only. The action read it (PitWall_Racer.sql) and the thread.</summary>
public static class WallRacerPanel
{
    public const string View = "~/Features/PitWall/_WallRacer.cshtml";

    public static Panel<WallRacerView> Of(WallRacerView view) => new(View, view);
}
