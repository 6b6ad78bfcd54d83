namespace Pitwall.Sql.Results.Timing;

/// <summary>The lines of the field that matched the racer, and by what.</summary>
public sealed record FieldMatch(MatchedBy By, IReadOnlyList<DriverLine> Lines)
{
    public MatchOutcome Outcome => Lines.Count switch { 0 => MatchOutcome.None, 1 => MatchOutcome.One, _ => MatchOutcome.Several };
}
