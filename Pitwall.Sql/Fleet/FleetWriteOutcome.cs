namespace Pitwall.Sql.Fleet;

/// <summary>What a car command did; the controller maps each to a status.</summary>
public enum FleetWriteOutcome { Saved, NotFound, Duplicate, StillReferenced, Invalid }
