using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Compare;

/// <summary>What "Compare" offers for a session (inside <c>#compare-offers</c>); the action reads it (Compare_Offers.sql).</summary>
public static class CompareOffersPanel
{
    public const string View = "~/Features/Compare/_CompareOffers.cshtml";

    public static Panel<CompareOffersView> Of(CompareOffersView view) => new(View, view);
}
