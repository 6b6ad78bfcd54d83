using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// LiveRC's race result table as a browser copies it: the heading lines when pasted with it, a
/// header row, then a row per driver whose driver cell ("7 SAM RIVERS" + "View Laps") may run
/// onto a second line, and whose fastest lap has its lap number glued on ("37.11217").
/// </summary>
internal static partial class LiveRcRaceReader
{
    const string Pos = "Pos", Driver = "Driver", Qual = "Qual", LapsTime = "Laps/Time", BehindCell = "Behind",
        Fastest = "Fastest Lap (Lap #)", AvgLap = "Avg Lap", Top5 = "Avg Top 5", Top10 = "Avg Top 10",
        Top15 = "Avg Top 15", Top3 = "Top 3 Consecutive", StdDev = "Std. Deviation", Consistency = "Consistency";

    static readonly string[] ReadColumns =
        [Pos, Driver, Qual, LapsTime, BehindCell, Fastest, AvgLap, Top5, Top10, Top15, Top3, StdDev, Consistency];

    public static bool Starts(TextLine line) => line.HasTab && new TableColumns(line.Tabbed()).Has(Pos, Driver, LapsTime);

    public static TimingSheet Read(IReadOnlyList<TextLine> lines, int header)
    {
        var notRead = new List<TextLine>();
        var heading = Heading(lines.Take(header), notRead);
        var columns = new TableColumns(lines[header].Tabbed());
        var drivers = new List<DriverLine>();
        var i = header + 1;
        for (; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            if (!lines[i].HasTab) break; // page text again: the table has ended
            var (row, used) = Row(lines, i, columns);
            drivers.Add(DriverOf(row));
            i += used - 1;
        }
        notRead.AddRange(lines.Skip(i).Where(l => !l.IsBlank));
        List<string> notes =
        [
            "Results only: no laps in this paste (LiveRC lists each driver's laps under View Laps).",
            .. TimingNotes.Heading(heading), .. TimingNotes.Columns(columns.Besides(ReadColumns)), .. TimingNotes.NotRead(notRead),
        ];
        return new(TimingLayout.LiveRcRace, $"LiveRC race result, {TimingText.Count(drivers.Count, "driver")}",
            heading, drivers, notes);
    }

    static RaceHeading Heading(IEnumerable<TextLine> lines, List<TextLine> notRead)
    {
        var heading = RaceHeading.None;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var text = line.Text.Trim();
            var (title, round, length) = (Title().Match(text), Round().Match(text), Length().Match(text));
            if (title.Success)
                heading = RaceHeading.Named(title.Groups["name"].Value) with
                {
                    Round = heading.Round, Length = heading.Length, RaceNumber = RaceNumber(title.Groups["tag"].Value),
                };
            else if (round.Success) heading = heading with { Round = round.Groups[1].Value };
            else if (length.Success) heading = heading with { Length = length.Groups[1].Value };
            else notRead.Add(line);
        }
        return heading;
    }

    static int? RaceNumber(string tag) =>
        RaceTag().Match(tag) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>A row, joined with its "View Laps" line when the driver cell ran onto it.</summary>
    static (TableRow Row, int Lines) Row(IReadOnlyList<TextLine> lines, int i, TableColumns columns)
    {
        var line = lines[i];
        var cells = line.Tabbed();
        if (IsViewLaps(cells[0]))
            throw TimingRefusal.At(line, "a driver's row (position, then car number and name) before this View Laps line");
        if (i + 1 < lines.Count && lines[i + 1].Tabbed() is [var first, .. var rest] && IsViewLaps(first))
        {
            var joined = new TextLine(line.Number, $"{line.Text} {lines[i + 1].Text}");
            return (new TableRow(joined, columns, [.. cells[..^1], $"{cells[^1]} {first}", .. rest]), 2);
        }
        return (new TableRow(line, columns, cells), 1);
    }

    static bool IsViewLaps(string cell) => cell.Equals("View Laps", StringComparison.OrdinalIgnoreCase);

    static DriverLine DriverOf(TableRow row)
    {
        var (car, name) = CarAndName(row);
        var (laps, total) = LapsAndTime(row);
        var (fastest, onLap) = FastestLap(row, laps);
        return new DriverLine
        {
            Line = row.Line.Number,
            Position = row.Required(row.Whole(Pos), Pos, "a finishing position such as 3"),
            CarNumber = car,
            Name = name,
            Qualified = row.Whole(Qual),
            Laps = laps,
            TotalTime = total,
            Behind = Behind.Read(row.Text(BehindCell)),
            FastestLap = fastest,
            FastestLapNumber = onLap,
            AverageLap = row.Time(AvgLap),
            AverageTop5 = row.Time(Top5),
            AverageTop10 = row.Time(Top10),
            AverageTop15 = row.Time(Top15),
            Top3Consecutive = row.Time(Top3),
            StdDev = row.Number(StdDev),
            Consistency = row.Percent(Consistency),
        };
    }

    /// <summary>"7 SAM RIVERS View Laps": the car number, then the name; either may be missing, not both.</summary>
    static (string? Car, string? Name) CarAndName(TableRow row)
    {
        var cell = ViewLapsAtEnd().Replace(row.Text(Driver) ?? "", "").Trim();
        if (cell.Length == 0)
            throw TimingRefusal.At(row.Line, $"a car number and name such as 7 SAM RIVERS under {Driver}");
        var m = CarThenName().Match(cell);
        return m.Success ? (m.Groups["car"].Value, m.Groups["name"].Value is { Length: > 0 } n ? n : null) : (null, cell);
    }

    /// <summary>"31/20:21.904", or "0" for a driver who did not start.</summary>
    static (int Laps, decimal? Total) LapsAndTime(TableRow row)
    {
        const string expected = "laps and race time such as 31/20:21.904";
        var m = LapsSlashTime().Match(row.Text(LapsTime) ?? "");
        if (!m.Success) throw TimingRefusal.At(row.Line, $"{expected} under {LapsTime}");
        var laps = int.Parse(m.Groups["laps"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["time"].Success) return (laps, null);
        return (laps, TimingText.Time(m.Groups["time"].Value) ?? throw TimingRefusal.At(row.Line, $"{expected} under {LapsTime}"));
    }

    /// <summary>
    /// LiveRC prints exactly three decimals, so whatever digits follow them are the lap number that
    /// the copy glued on from the superscript: "37.11217" is 37.112 on lap 17, as is "37.112 17".
    /// </summary>
    static (decimal? Time, int? Lap) FastestLap(TableRow row, int laps)
    {
        if (row.Text(Fastest) is not { } cell) return (null, null);
        var m = GluedLap().Match(cell);
        if (!m.Success || TimingText.Time(m.Groups["time"].Value) is not { } time)
            throw TimingRefusal.At(row.Line, $"a lap time with three decimals and its lap, such as 37.112 17, under {Fastest}, not \"{cell}\"");
        if (!m.Groups["lap"].Success) return (time, null);
        var lap = int.Parse(m.Groups["lap"].Value, CultureInfo.InvariantCulture);
        if (lap < 1 || lap > laps)
            throw TimingRefusal.At(row.Line, $"the fastest lap's lap number within the driver's {laps} laps under {Fastest}, not \"{cell}\"");
        return (time, lap);
    }

    // The bracketed tag is required: page text like "LiveRC.com | Race Results" must not pass for a heading.
    [GeneratedRegex(@"^(?<name>.+?)\s+Results\s*\[(?<tag>[^\]]*)\]$", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"^Round:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Round();

    [GeneratedRegex(@"^Length:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Length();

    [GeneratedRegex(@"Race\s*#\s*(\d{1,6})", RegexOptions.IgnoreCase)]
    private static partial Regex RaceTag();

    [GeneratedRegex(@"\s*View Laps$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewLapsAtEnd();

    [GeneratedRegex(@"^(?<car>\d{1,4})(?:\s+(?<name>.+))?$")]
    private static partial Regex CarThenName();

    [GeneratedRegex(@"^(?<laps>\d{1,4})(?:/(?<time>.+))?$")]
    private static partial Regex LapsSlashTime();

    [GeneratedRegex(@"^(?<time>(?:\d{1,2}:)?\d{1,3}[.,]\d{3})(?:\s*(?<lap>\d{1,4}))?$")]
    private static partial Regex GluedLap();
}
