namespace Pitwall.Sql.Conditions;

/// <summary>What adding or removing a conditions entry did.</summary>
public enum ConditionsOutcome { Saved, Full, Unreadable, NotFound }
