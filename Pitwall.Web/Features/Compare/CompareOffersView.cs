using Pitwall.Sql.Compare;

namespace Pitwall.Web.Features.Compare;

/// <summary>What "Compare" offers for a session: its baseline, the car's previous session, its best session.</summary>
public sealed record CompareOffersView(CompareOffers Offers);
