using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Conditions;

/// <summary>A session's conditions (<c>#conditions</c>); the action reads them (Conditions_ForSessions.sql).</summary>
public sealed class ConditionsPanel : ViewComponent
{
    public IViewComponentResult Invoke(ConditionsView view) => View("~/Features/Conditions/_Conditions.cshtml", view);
}
