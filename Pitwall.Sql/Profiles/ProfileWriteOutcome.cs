namespace Pitwall.Sql.Profiles;

/// <summary>What a racer command did; the controller maps each to a status.</summary>
public enum ProfileWriteOutcome { Saved, NotFound, DuplicateName, StillReferenced }
