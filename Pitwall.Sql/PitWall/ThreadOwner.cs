namespace Pitwall.Sql.PitWall;

/// <summary>Whose thread it is: the racer and the team the messages belong to.</summary>
public sealed record ThreadOwner(int RacerId, string RacerName, int TeamId, string TeamName);
