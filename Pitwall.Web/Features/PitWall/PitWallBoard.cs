using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The Pit wall tab (<c>#pit-wall</c>): the team's cards, live. The action read them (Board_Teams + Board_Cards, one round trip): a team that does not exist is its 404.</summary>
public static class PitWallBoard
{
    public const string View = "~/Features/PitWall/_PitWall.cshtml";

    public static Panel<BoardView> Of(BoardView view) => new(View, view);
}
