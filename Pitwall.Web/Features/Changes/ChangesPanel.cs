using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Changes;

/// <summary>A car's Changes view (<c>#car-changes</c>), in place of the fleet panel; the action reads it (Changes_ForCar.sql).</summary>
public static class ChangesPanel
{
    public const string View = "~/Features/Changes/_Changes.cshtml";

    public static Panel<ChangesView> Of(ChangesView view) => new(View, view);
}
