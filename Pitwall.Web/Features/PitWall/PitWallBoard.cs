using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The Pit wall tab (<c>#pit-wall</c>): the team's cards, live. The action read them (Board_Teams + Board_Cards, one round trip): a team that does not exist is its 404.</summary>
public sealed class PitWallBoard : ViewComponent
{
    public IViewComponentResult Invoke(BoardView view) => View("~/Features/PitWall/_PitWall.cshtml", view);
}
