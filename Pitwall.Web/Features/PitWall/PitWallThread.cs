using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The messages between the wall and a racer (<c>#pit-wall-messages</c>), live, with the form to write one. The action read the thread.</summary>
public sealed class PitWallThread : ViewComponent
{
    public IViewComponentResult Invoke(ThreadView view) => View("~/Features/PitWall/_Thread.cshtml", view);
}
