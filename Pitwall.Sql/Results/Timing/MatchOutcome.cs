namespace Pitwall.Sql.Results.Timing;

/// <summary>How many lines of the field matched: the caller asks the racer to choose when several did.</summary>
public enum MatchOutcome { None, One, Several }
