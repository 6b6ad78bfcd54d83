using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Results;

/// <summary>A car's Performance view (<c>#car-performance</c>), in place of the fleet panel; the action reads it (Results_CarPerformance.sql).</summary>
public sealed class CarPerformancePanel : ViewComponent
{
    public IViewComponentResult Invoke(PerformanceView view) => View("~/Features/Results/_Performance.cshtml", view);
}
