namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// What saving a pasted heat writes (Timing_Save.sql), worked out before the statement runs:
/// <list type="bullet">
/// <item>the racer's line in the earlier tool's race_results columns, as its LiveRC harvester
/// writes them: heat and class from the heading (else what the racer typed; a heading whose heat
/// cannot be told from its class gives its whole name as the heat), the printed place, laps, race
/// time, fastest lap, average and consistency where the system printed them, else Pitwall's from
/// the laps (<see cref="LapFigures"/>; the average first as race time ÷ laps, LiveRC's definition);
/// the laps where the layout carried them;</item>
/// <item>the heat with the whole field (<see cref="TimingHeat"/>), once;</item>
/// <item>the choice to remember: the line's timing key and its car number.</item>
/// </list>
/// </summary>
public sealed record TimingSave(
    string Heat, string? RacingClass, int? Position, IReadOnlyList<decimal> Laps, int? LapsCompleted, decimal? Best,
    decimal? Average, decimal? Total, decimal? Consistency, TimingHeat Timing, string? TimingKey, string? TimingName,
    string? CarNumber)
{
    /// <summary>The heat a save would get: the heading's, else what the racer typed, else the heading's whole race name.</summary>
    public static string? HeatOf(RaceHeading heading, string? typed) => heading.HeatName ?? Blank(typed) ?? heading.RaceName;

    public static string? ClassOf(RaceHeading heading, string? typed) => heading.ClassName ?? Blank(typed);

    /// <returns>Null when neither the paste nor the racer names the heat.</returns>
    public static TimingSave? Of(TimingSheet sheet, int line, ChosenBy chosenBy, string? typedHeat, string? typedClass,
        int? typedPosition, string? typedCarNumber, decimal? minimumLap)
    {
        if (HeatOf(sheet.Heading, typedHeat) is not { } heat) return null;
        var d = sheet.Drivers[line];
        var field = sheet.Drivers.Select(FieldLine.Of).ToList();
        var figures = LapFigures.Of(d.LapTimes);
        var h = sheet.Heading;
        var timing = new TimingHeat(sheet.Layout, sheet.Description, Cut(h.RaceName, 255), Cut(h.ClassName, 255), Cut(h.HeatName, 255),
            Cut(h.Round, 100), h.RaceNumber, Cut(h.Length, 100), sheet.Notes, line, chosenBy,
            sheet.Layout == TimingLayout.DecoderPassings ? minimumLap : null, field);
        return new(
            Cut(heat, 255)!, Cut(ClassOf(sheet.Heading, typedClass), 255), d.Position ?? typedPosition, d.LapTimes,
            d.Laps ?? (d.LapTimes.Count > 0 ? d.LapTimes.Count : null),
            d.FastestLap ?? figures.Best, field[line].Average, d.TotalTime ?? figures.Total, d.Consistency ?? figures.Consistency,
            timing, Pitwall.Sql.Results.Timing.TimingKey.Of(d), Cut(d.Name, 255), Cut(d.CarNumber ?? Blank(typedCarNumber), 20));
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The columns' lengths (the earlier tool's heat_name and race_class are varchar(255)): a printed
    // heading or name longer than that is page text, not a heat, and is cut rather than refused.
    static string? Cut(string? text, int max) => text is { Length: var n } && n > max ? text[..max] : text;
}
