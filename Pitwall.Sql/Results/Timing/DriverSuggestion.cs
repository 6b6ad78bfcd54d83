namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// The line (or lines) of a field that Pitwall suggests as the racer's, for the racer to confirm:
/// the session's car's transponder first, then a car number (the one the racer typed, else the one
/// remembered from the racer's last choice), then a timing name the racer chose before, then the
/// racer's own name (<see cref="NameKey"/>). Each step runs only when the one before found nothing
/// (<see cref="FieldMatcher"/>), so a weaker mark never overrides a stronger one. A field of one
/// driver (a lap view, a one-car feed) suggests that line. Lines are indexes into the field.
/// </summary>
public sealed record DriverSuggestion(ChosenBy By, IReadOnlyList<int> Lines)
{
    public MatchOutcome Outcome => Lines.Count switch { 0 => MatchOutcome.None, 1 => MatchOutcome.One, _ => MatchOutcome.Several };

    /// <summary>The line to preselect: the one suggestion, if there is exactly one.</summary>
    public int? Only => Lines.Count == 1 ? Lines[0] : null;

    public static DriverSuggestion For(IReadOnlyList<DriverLine> field, TimingContext context, string? typedCarNumber)
    {
        var car = string.IsNullOrWhiteSpace(typedCarNumber) ? context.RememberedCarNumber : typedCarNumber;
        var marks = FieldMatcher.Find(field, context.Transponder, car, name: null);
        if (marks.Outcome != MatchOutcome.None)
            return new(marks.By == MatchedBy.Transponder ? ChosenBy.Transponder : ChosenBy.CarNumber, Indexes(field, marks.Lines));
        var remembered = Enumerable.Range(0, field.Count)
            .Where(i => TimingKey.Of(field[i]) is { } key && context.RememberedKeys.Contains(key)).ToList();
        if (remembered.Count > 0) return new(ChosenBy.Remembered, remembered);
        var named = FieldMatcher.Find(field, transponder: null, carNumber: null, context.RacerName);
        if (named.Outcome != MatchOutcome.None) return new(ChosenBy.Name, Indexes(field, named.Lines));
        return new(ChosenBy.Picked, field.Count == 1 ? [0] : []);
    }

    /// <summary>How a chosen line was found: as suggested, or picked by the racer.</summary>
    public ChosenBy ChosenAs(int line) => Lines.Contains(line) ? By : ChosenBy.Picked;

    // By reference: two lines may print the same figures, and a record compares its list of laps by reference anyway.
    static List<int> Indexes(IReadOnlyList<DriverLine> field, IReadOnlyList<DriverLine> lines) =>
        Enumerable.Range(0, field.Count).Where(i => lines.Any(l => ReferenceEquals(l, field[i]))).ToList();
}
