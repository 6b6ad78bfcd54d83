using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Baselines;

namespace Pitwall.Web.Features.Baselines;

/// <summary>A car's baselines (<c>#car-baselines</c>), in place of the fleet panel; the action reads them (Baselines_ForCar.sql).</summary>
public sealed class BaselinesPanel : ViewComponent
{
    public IViewComponentResult Invoke(BaselineHistory history, string? message = null)
    {
        ViewData["Message"] = message;
        return View("~/Features/Baselines/_Baselines.cshtml", history);
    }
}
