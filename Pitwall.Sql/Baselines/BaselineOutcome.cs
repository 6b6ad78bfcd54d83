namespace Pitwall.Sql.Baselines;

/// <summary>What making or restoring a baseline did.</summary>
public enum BaselineOutcome { Replaced, NotFound }
