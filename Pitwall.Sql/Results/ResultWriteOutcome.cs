namespace Pitwall.Sql.Results;

/// <summary>What a result command did; the controller maps each to a status.</summary>
public enum ResultWriteOutcome { Saved, NotFound }
