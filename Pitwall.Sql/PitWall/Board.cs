namespace Pitwall.Sql.PitWall;

/// <summary>The pit wall of one team: the teams to pick from (the shown one marked) and its cards.</summary>
public sealed record Board(IReadOnlyList<Team> Teams, IReadOnlyList<BoardCard> Cards)
{
    public Team? Shown => Teams.FirstOrDefault(t => t.Shown);
}
