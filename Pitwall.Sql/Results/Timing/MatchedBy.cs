namespace Pitwall.Sql.Results.Timing;

/// <summary>Which of the racer's marks found their line in the field.</summary>
public enum MatchedBy { Nothing, Transponder, CarNumber, Name }
