namespace Pitwall.Sql.Exchange;

/// <summary>What importing did.</summary>
public enum ImportOutcome { Imported, Duplicate, NoRacer }
