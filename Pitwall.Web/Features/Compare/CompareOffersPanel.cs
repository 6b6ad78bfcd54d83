using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Compare;

/// <summary>What "Compare" offers for a session (inside <c>#compare-offers</c>); the action reads it (Compare_Offers.sql).</summary>
public sealed class CompareOffersPanel : ViewComponent
{
    public IViewComponentResult Invoke(CompareOffersView view) => View("~/Features/Compare/_CompareOffers.cshtml", view);
}
