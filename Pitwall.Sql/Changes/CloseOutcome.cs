namespace Pitwall.Sql.Changes;

/// <summary>What closing a session did.</summary>
public enum CloseOutcome { Closed, StillADraft, AlreadyClosed, NotFound }
