namespace Pitwall.Sql.PitWall;

/// <summary>Everything the wall's read-only view of a racer shows, read in one round trip (PitWall_Racer.sql).</summary>
public sealed record WallRacer(WallSession Session, IReadOnlyList<WallResult> Results, IReadOnlyList<WallChange> Changes);
