namespace Pitwall.Sql.Library;

/// <summary>What Apply did.</summary>
public enum ApplyOutcome { Applied, NotFound, NotADraft }
