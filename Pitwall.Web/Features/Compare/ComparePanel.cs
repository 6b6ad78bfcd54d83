using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Compare;

/// <summary>Compare setups (<c>#compare</c>), in place of the fleet panel; the action reads both sides (Compare_Setups.sql).</summary>
public sealed class ComparePanel : ViewComponent
{
    public IViewComponentResult Invoke(CompareView view) => View("~/Features/Compare/_Compare.cshtml", view);
}
