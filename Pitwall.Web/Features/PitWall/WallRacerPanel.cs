using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.PitWall;

/// <summary>A card tapped (<c>#wall-racer</c>): the racer's session, read-only. The action read it (PitWall_Racer.sql) and the thread.</summary>
public sealed class WallRacerPanel : ViewComponent
{
    public IViewComponentResult Invoke(WallRacerView view) => View("~/Features/PitWall/_WallRacer.cshtml", view);
}
