using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.LastTimeHere;

/// <summary>
/// "Last time here": on ➕ New Session (<c>#last-time-here</c>) or in a session's view
/// (<c>#session-last-time-here</c>); the action reads it (LastTimeHere_Find.sql).
/// </summary>
public sealed class LastTimeHerePanel : ViewComponent
{
    public IViewComponentResult Invoke(LastTimeHereView view) => View("~/Features/LastTimeHere/_LastTimeHere.cshtml", view);
}
