using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Changes;

/// <summary>A car's Changes view (<c>#car-changes</c>), in place of the fleet panel; the action reads it (Changes_ForCar.sql).</summary>
public sealed class ChangesPanel : ViewComponent
{
    public IViewComponentResult Invoke(ChangesView view) => View("~/Features/Changes/_Changes.cshtml", view);
}
