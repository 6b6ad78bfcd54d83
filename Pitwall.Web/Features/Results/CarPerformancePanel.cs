using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Results;

/// <summary>A car's Performance view (<c>#car-performance</c>), in place of the fleet panel; the action reads it (Results_CarPerformance.sql).</summary>
public static class CarPerformancePanel
{
    public const string View = "~/Features/Results/_Performance.cshtml";

    public static Panel<PerformanceView> Of(PerformanceView view) => new(View, view);
}
