using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Wear;

/// <summary>A car's tire sets, engines and parts (<c>#car-wear</c>), in place of the fleet panel; the action reads them (Wear_ForCar.sql).</summary>
public sealed class CarWearPanel : ViewComponent
{
    public IViewComponentResult Invoke(CarWearView view) => View("~/Features/Wear/_CarWear.cshtml", view);
}
