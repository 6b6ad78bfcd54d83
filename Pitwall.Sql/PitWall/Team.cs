namespace Pitwall.Sql.PitWall;

/// <summary>A team (the earlier tool's teams), and whether the board shows it.</summary>
public sealed record Team(int Id, string Name, bool Shown);
