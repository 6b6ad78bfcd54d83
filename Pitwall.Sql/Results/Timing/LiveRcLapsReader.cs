using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// LiveRC's lap view of one driver: "Lap Pos Time Pace" with lap 0 the start line, which is no lap.
/// Several views pasted one after another give one driver each; a driver heading such as
/// "7 SAM RIVERS" (LiveRC's driver cell) just above a view names that driver.
/// </summary>
internal static partial class LiveRcLapsReader
{
    public static bool Starts(TextLine line) => line.Tabbed() is ["Lap", "Pos", "Time", .. var rest] && rest is [] or ["Pace"];

    public static TimingSheet Read(IReadOnlyList<TextLine> lines)
    {
        var drivers = new List<DriverLine>();
        var notRead = new List<TextLine>();
        TextLine? previous = null; // the last line outside a view: a driver heading if a view follows
        for (var i = 0; i < lines.Count;)
        {
            if (lines[i].IsBlank) { i++; continue; }
            if (!Starts(lines[i]))
            {
                if (previous is not null) notRead.Add(previous);
                previous = lines[i++];
                continue;
            }
            var heading = previous is not null && DriverHeading().IsMatch(previous.Text.Trim()) ? previous : null;
            if (previous is not null && heading is null) notRead.Add(previous);
            previous = null;
            (var driver, i) = View(lines, i, heading);
            drivers.Add(driver);
        }
        if (previous is not null) notRead.Add(previous);
        List<string> notes =
        [
            "Laps only: no finishing place, race time or LiveRC's figures in this paste.",
            .. drivers.Where(d => d.Name is null).Select(d => $"The laps under line {d.Line} name no driver (a heading such as 7 SAM RIVERS above them would)."),
            .. TimingNotes.NotRead(notRead),
        ];
        return new(TimingLayout.LiveRcLaps, $"LiveRC lap times, {TimingText.Count(drivers.Count, "driver")}",
            RaceHeading.None, drivers, notes);
    }

    /// <summary>One view's rows: lap 0, 1, 2… in order, up to the next view or the first line that is no table row.</summary>
    static (DriverLine Driver, int Next) View(IReadOnlyList<TextLine> lines, int header, TextLine? heading)
    {
        var laps = new List<decimal>();
        var i = header + 1;
        for (; i < lines.Count && !Starts(lines[i]) && (lines[i].IsBlank || lines[i].HasTab); i++)
        {
            if (lines[i].IsBlank) continue;
            var cells = lines[i].Tabbed();
            if (TimingText.Whole(cells[0]) is not { } lap)
                throw TimingRefusal.At(lines[i], "a lap row: the lap number, then position, time and pace");
            if (lap == 0 && laps.Count == 0) continue; // the start line: time 0, no lap
            if (lap != laps.Count + 1)
                throw TimingRefusal.At(lines[i], $"lap {laps.Count + 1} in the first column after lap {laps.Count}");
            laps.Add(TimingText.Lap(cells.Length > 2 ? cells[2] : "", lines[i], "under Time"));
        }
        var m = heading is null ? null : DriverHeading().Match(heading.Text.Trim());
        var driver = new DriverLine
        {
            Line = heading?.Number ?? lines[header].Number,
            CarNumber = m?.Groups["car"].Value,
            Name = m?.Groups["name"].Value,
            Laps = laps.Count,
            LapTimes = laps,
        };
        return (driver, i);
    }

    [GeneratedRegex(@"^(?<car>\d{1,4})\s+(?<name>\D.*)$")]
    private static partial Regex DriverHeading();
}
