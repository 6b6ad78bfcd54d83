using Pitwall.Sql.Baselines;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Baselines;

/// <summary>A car's baselines (<c>#car-baselines</c>), in place of the fleet panel; the action reads them (Baselines_ForCar.sql).</summary>
public static class BaselinesPanel
{
    public const string View = "~/Features/Baselines/_Baselines.cshtml";

    public static Panel<BaselinesView> Of(BaselineHistory history, string? message = null) => new(View, new BaselinesView(history, message));
}

/// <summary>The panel's model: the car's baselines, and what a restore just did.</summary>
public sealed record BaselinesView(BaselineHistory History, string? Message);
