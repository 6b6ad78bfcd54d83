using Pitwall.Sql.PitWall;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The Pit wall tab: the team shown, the teams to pick from, and its cards.</summary>
public sealed record BoardView(Board Board)
{
    public Team Team => Board.Shown!;
    public BoardCardsView Cards => new(Team.Id, Board.Cards);
    public string StreamUrl => $"/pit-wall/teams/{Team.Id}/stream";
}
