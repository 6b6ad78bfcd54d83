using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// RC Scoring Pro's text printout: a banner with the time and date, the race's name with its
/// round and race number, the summary header, one summary line per driver in finishing order,
/// then the lap grid (<see cref="RcScoringProGrid"/>). A printout of several pages repeats the banner.
/// </summary>
internal static partial class RcScoringProReader
{
    enum Part { Top, Summary, Grid }

    public static bool Starts(TextLine line) =>
        IsBanner(line) || SummaryHeader().IsMatch(line.Text) || RcScoringProGrid.IsHeader(line);

    public static TimingSheet Read(IReadOnlyList<TextLine> lines)
    {
        var (heading, summary, grid, notRead) = (RaceHeading.None, new List<DriverLine>(), new RcScoringProGrid(), new List<TextLine>());
        var (part, afterBanner) = (Part.Top, false);
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (IsBanner(line)) { afterBanner = true; continue; }
            if (afterBanner && heading.RaceName is not null && RaceLine(line, true)?.RaceName == heading.RaceName)
            {
                afterBanner = false; // the next page's heading repeats the first
                continue;
            }
            if (SummaryHeader().IsMatch(line.Text)) part = Part.Summary;
            else if (RcScoringProGrid.IsHeader(line))
            {
                grid.StartBlock(line);
                part = Part.Grid;
            }
            else if (part == Part.Summary) summary.Add(SummaryLine(line, summary));
            else if (part == Part.Grid) grid.Row(line);
            else if (heading.RaceName is null && RaceLine(line, afterBanner) is { } named) heading = named;
            else notRead.Add(line);
            afterBanner = false;
        }
        var drivers = WithLaps(summary, grid).ToList();
        return new(TimingLayout.RcScoringPro, $"RC Scoring Pro printout, {TimingText.Count(drivers.Count, "car")}",
            heading, drivers, Notes(heading, summary, grid, notRead).ToList());
    }

    static bool IsBanner(TextLine line) => line.Text.Contains("RCScoringPro", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Mod Short Course A Main        Round# 3, Race# 6": the line under the banner, or any line
    /// before the summary that names a round. Page text above the printout is neither.
    /// </summary>
    static RaceHeading? RaceLine(TextLine line, bool afterBanner)
    {
        var m = RaceName().Match(line.Text.Trim());
        if (!m.Success || !(afterBanner || m.Groups["round"].Success)) return null;
        return RaceHeading.Named(m.Groups["name"].Value) with
        {
            Round = m.Groups["round"].Success ? m.Groups["round"].Value : null,
            RaceNumber = m.Groups["race"].Success ? int.Parse(m.Groups["race"].Value, CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>"Rivers, Sam  #1  24  6:08.455  14.902  [behind]": the printout lists drivers in finishing order, so the place is the line's rank.</summary>
    static DriverLine SummaryLine(TextLine line, List<DriverLine> before)
    {
        var m = Summary().Match(line.Text);
        if (!m.Success)
            throw TimingRefusal.At(line, "a driver's summary line: name, #car, laps, race time, fast lap, behind");
        if (before.Any(d => d.CarNumber == m.Groups["car"].Value))
            throw TimingRefusal.At(line, $"each car once in the summary, but car #{m.Groups["car"].Value} is already there");
        return new DriverLine
        {
            Line = line.Number,
            Position = before.Count + 1,
            Name = m.Groups["name"].Value.Trim(),
            CarNumber = m.Groups["car"].Value,
            Laps = int.Parse(m.Groups["laps"].Value, CultureInfo.InvariantCulture),
            TotalTime = Time(m.Groups["time"], line, "the race time such as 6:08.455 after the laps"),
            FastestLap = Time(m.Groups["fast"], line, "the fast lap such as 14.902 after the race time"),
            Behind = Behind.Read(m.Groups["behind"].Value),
        };
    }

    static decimal? Time(Group group, TextLine line, string expected) =>
        !group.Success ? null : TimingText.Time(group.Value) ?? throw TimingRefusal.At(line, $"{expected}, not \"{group.Value}\"");

    /// <summary>Each summary line with its car's column; a column no summary line names still is a car that ran.</summary>
    static IEnumerable<DriverLine> WithLaps(List<DriverLine> summary, RcScoringProGrid grid)
    {
        foreach (var driver in summary)
            yield return grid.For(driver.CarNumber!) is { } column ? driver with { LapTimes = column.Laps } : driver;
        foreach (var column in Unnamed(summary, grid))
            yield return new DriverLine
            {
                Line = column.Start.Number, CarNumber = column.Key, Laps = column.Laps.Count, LapTimes = column.Laps,
            };
    }

    static IEnumerable<LapColumn> Unnamed(List<DriverLine> summary, RcScoringProGrid grid) =>
        grid.Columns.Where(c => summary.All(d => d.CarNumber != c.Key));

    static IEnumerable<string> Notes(RaceHeading heading, List<DriverLine> summary, RcScoringProGrid grid, List<TextLine> notRead)
    {
        foreach (var note in TimingNotes.Heading(heading)) yield return note;
        if (summary.Count == 0) yield return "Laps only: no summary lines (names, places, race times) in this paste.";
        if (grid.Columns.Count == 0) yield return "Results only: no lap grid in this paste.";
        else yield return "Lap times as the grid prints them, to tenths or hundredths of a second.";
        foreach (var driver in summary)
        {
            var column = grid.For(driver.CarNumber!);
            if (grid.Columns.Count > 0 && column is null)
                yield return $"Car #{driver.CarNumber} has no column in the lap grid.";
            else if (column is not null && column.Laps.Count != driver.Laps)
                yield return $"Car #{driver.CarNumber}: the summary says {driver.Laps} laps, the grid holds {column.Laps.Count}.";
        }
        foreach (var column in Unnamed(summary, grid).Where(_ => summary.Count > 0))
            yield return $"Car #{column.Key} has laps in the grid but no summary line.";
        foreach (var note in TimingNotes.NotRead(notRead)) yield return note;
    }

    [GeneratedRegex(@"_+Driver_+Car#_+Laps_+", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryHeader();

    [GeneratedRegex(@"^(?<name>\S.*?)(?:\s{2,}Round#\s*(?<round>[^,\s]+)\s*(?:,\s*Race#\s*(?<race>\d{1,6}))?)?$")]
    private static partial Regex RaceName();

    [GeneratedRegex(@"^\s*(?<name>\S.*?)\s+#(?<car>\S+)\s+(?<laps>\d{1,4})(?:\s+(?<time>\S+))?(?:\s+(?<fast>\S+))?(?:\s+(?<behind>\S.*?))?\s*$")]
    private static partial Regex Summary();
}
