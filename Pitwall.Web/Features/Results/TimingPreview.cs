using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;

namespace Pitwall.Web.Features.Results;

/// <summary>
/// What ➕ Add Result read, shown before anything is saved: the layout and heading, the notes on what
/// the paste cannot give, the heat and class a save would get, and for a timing system's paste
/// the field with the suggested line (<see cref="Suggestion"/>) and the racer's choice, if made in
/// a confirmation of this text (<see cref="Seen"/>).
/// </summary>
public sealed record TimingPreview(
    TimingSheet Sheet, DriverSuggestion? Suggestion, int? Chosen, string ReadOf, decimal MinimumLap, string? Heat, string? RacingClass,
    bool Seen = false)
{
    public bool IsField => Sheet.Layout != TimingLayout.PlainLaps;

    public bool IsDecoder => Sheet.Layout == TimingLayout.DecoderPassings;

    /// <summary>The line checked in the picker: the racer's choice, else the one suggestion.</summary>
    public int? Preselected => Chosen ?? Suggestion?.Only;

    public string SuggestionText => Suggestion switch
    {
        null => "",
        { Outcome: MatchOutcome.None } => "No driver matched your car's transponder, car number or name: choose your line.",
        { Outcome: MatchOutcome.Several } s => $"{s.Lines.Count} drivers match {Why(s.By)}: choose your line.",
        { Only: { } line } s when s.By == ChosenBy.Picked => $"{Label(line)} is the only driver in this paste.",
        { Only: { } line } s => $"Suggested: {Label(line)}, matched by {Why(s.By)}. Save if it is you.",
        _ => "",
    };

    static string Why(ChosenBy by) => by switch
    {
        ChosenBy.Transponder => "your car's transponder",
        ChosenBy.CarNumber => "your car number",
        ChosenBy.Remembered => "the name you chose before",
        _ => "your name",
    };

    public string Label(int line) => FieldLine.Of(Sheet.Drivers[line]).Label;

    /// <summary>A line of the picker: place, the driver as printed, laps and race time; a decoder's double reads.</summary>
    public string Choice(int line)
    {
        var d = Sheet.Drivers[line];
        var parts = new List<string?>
        {
            d.Position is { } p ? $"P{p}" : null,
            Label(line),
            d.Laps is { } laps ? (d.TotalTime is { } t ? $"{laps}/{LapFigures.Time(t)}" : TimingTextOf(laps, "lap")) : null,
            d.DoubleReads is > 0 and var reads ? $"{TimingTextOf(reads, "double read")} dropped" : null,
        };
        return string.Join(" · ", parts.OfType<string>());
    }

    static string TimingTextOf(int n, string thing) => n == 1 ? $"1 {thing}" : $"{n} {thing}s";
}
