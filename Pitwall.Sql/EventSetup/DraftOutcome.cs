namespace Pitwall.Sql.EventSetup;

/// <summary>What saving (or locking) a draft did.</summary>
public enum DraftOutcome
{
    Saved,
    NotADraft,
    NotFound,
    Invalid,

    /// <summary>The session changed between the read its check used and the save (another window): nothing saved.</summary>
    Changed,
}
