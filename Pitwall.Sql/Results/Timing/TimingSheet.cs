namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// What a pasted result held: the layout, the race it names, one line per driver of the field, and
/// notes on what this layout cannot give, so the caller can say so and save what it has.
/// </summary>
public sealed record TimingSheet(
    TimingLayout Layout, string Description, RaceHeading Heading,
    IReadOnlyList<DriverLine> Drivers, IReadOnlyList<string> Notes);
