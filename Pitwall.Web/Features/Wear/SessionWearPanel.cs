using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Wear;

/// <summary>A session's tire set, engine and parts (<c>#session-wear</c>); the action reads them (Wear_ForSession.sql).</summary>
public sealed class SessionWearPanel : ViewComponent
{
    public IViewComponentResult Invoke(SessionWearView view) => View("~/Features/Wear/_SessionWear.cshtml", view);
}
