using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Wear;

/// <summary>A car's tire sets, engines and parts (<c>#car-wear</c>), in place of the fleet panel; the action reads them (Wear_ForCar.sql).</summary>
public static class CarWearPanel
{
    public const string View = "~/Features/Wear/_CarWear.cshtml";

    public static Panel<CarWearView> Of(CarWearView view) => new(View, view);
}
