namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// Results from a timing system, pasted or uploaded as text: recognises the layout by itself
/// (the first line that only one layout writes decides), reads it into a <see cref="TimingSheet"/>,
/// and falls back to <see cref="LapParser"/> for a plain list of laps. Anything it cannot read
/// is a problem naming the line and what was expected there; bad input never throws.
/// </summary>
public static class TimingParser
{
    /// <param name="minimumLap">For a decoder feed: a passing sooner than this after the last kept one is a double read.</param>
    public static (TimingSheet? Sheet, LapProblem? Problem) Parse(string? text, decimal minimumLap = DecoderLaps.DefaultMinimumLap)
    {
        var lines = TimingText.Lines(text ?? "");
        try
        {
            return Layout(lines, minimumLap) is { } sheet ? (sheet, null) : PlainLaps(text, lines);
        }
        catch (TimingRefusal refusal)
        {
            return (null, refusal.Problem);
        }
    }

    /// <summary>
    /// The layout the text is written in, without reading it; null for a plain lap list (or
    /// anything else no layout starts). A caller with a file of its own kind (a CSV of laps) reads
    /// it its own way only when no timing system's layout claims it.
    /// </summary>
    public static TimingLayout? Recognise(string? text) => First(TimingText.Lines(text ?? ""))?.Layout;

    static TimingSheet? Layout(IReadOnlyList<TextLine> lines, decimal minimumLap) =>
        First(lines) switch
        {
            null => null,
            (TimingLayout.DecoderPassings, _) => DecoderFeedReader.Read(lines, minimumLap),
            (TimingLayout.RcScoringPro, _) => RcScoringProReader.Read(lines),
            (TimingLayout.LiveRcRace, var line) => LiveRcRaceReader.Read(lines, line.Number - 1),
            (TimingLayout.LiveRcLaps, _) => LiveRcLapsReader.Read(lines),
            (TimingLayout.MyRcm, _) => MyRcmReader.Read(lines),
            (TimingLayout.MyLaps, _) => MyLapsReader.Read(lines),
            _ => null,
        };

    /// <summary>The first line that only one layout writes, and that layout.</summary>
    static (TimingLayout Layout, TextLine Line)? First(IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines)
        {
            if (DecoderFeedReader.Starts(line)) return (TimingLayout.DecoderPassings, line);
            if (RcScoringProReader.Starts(line)) return (TimingLayout.RcScoringPro, line);
            if (LiveRcRaceReader.Starts(line)) return (TimingLayout.LiveRcRace, line);
            if (LiveRcLapsReader.Starts(line)) return (TimingLayout.LiveRcLaps, line);
            if (MyRcmReader.Starts(line)) return (TimingLayout.MyRcm, line);
            if (MyLapsReader.Starts(line)) return (TimingLayout.MyLaps, line);
        }
        return null;
    }

    /// <summary>The lists Pitwall has always read, read exactly as <see cref="LapParser"/> reads them, refusals included.</summary>
    static (TimingSheet? Sheet, LapProblem? Problem) PlainLaps(string? text, IReadOnlyList<TextLine> lines)
    {
        var (laps, problem) = LapParser.Parse(text);
        if (problem is not null) return (null, problem);
        if (laps.Count == 0)
            return (new(TimingLayout.PlainLaps, "Nothing pasted", RaceHeading.None, [], ["Nothing to read: the paste is empty."]), null);
        var driver = new DriverLine { Line = lines.First(l => !l.IsBlank).Number, Laps = laps.Count, LapTimes = laps };
        return (new(TimingLayout.PlainLaps, $"Lap list, {TimingText.Count(laps.Count, "lap")}", RaceHeading.None, [driver],
            ["A plain lap list: one driver's laps, with no name, place or figures from a timing system."]), null);
    }
}
