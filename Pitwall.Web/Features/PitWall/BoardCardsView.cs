using Pitwall.Sql.PitWall;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The cards of one team (_BoardCards.cshtml): the same HTML for every viewer, so rendered once per change.</summary>
public sealed record BoardCardsView(int TeamId, IReadOnlyList<BoardCard> Cards)
{
    public string RacerUrl(BoardCard c) => $"/pit-wall/teams/{TeamId}/racers/{c.RacerId}";
}
