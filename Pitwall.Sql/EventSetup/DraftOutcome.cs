namespace Pitwall.Sql.EventSetup;

/// <summary>What saving (or locking) a draft did.</summary>
public enum DraftOutcome { Saved, NotADraft, NotFound, Invalid }
