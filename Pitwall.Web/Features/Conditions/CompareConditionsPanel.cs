using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Conditions;

/// <summary>Compare's conditions of both sides with the deltas (<c>#compare-conditions</c>); the action reads them (Conditions_ForSessions.sql).</summary>
public sealed class CompareConditionsPanel : ViewComponent
{
    public IViewComponentResult Invoke(CompareConditionsView view) => View("~/Features/Conditions/_CompareConditions.cshtml", view);
}
