using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// MyRCM's results table ("Pos | Nr. | Pilot Nr | Pilot | I | Laps | Endtime | Besttime |
/// Mediumtime | Correction", cells split by bars or tabs) and its "Laptimes" grid: a lap column,
/// then one column per driver headed by the driver's name, cells "(position) time". Either may
/// come without the other.
/// </summary>
internal static partial class MyRcmReader
{
    const string Pos = "Pos", Nr = "Nr.", Pilot = "Pilot", LapsCell = "Laps", Endtime = "Endtime",
        Besttime = "Besttime", Mediumtime = "Mediumtime", Correction = "Correction";

    static readonly string[] ReadColumns = [Pos, Nr, Pilot, LapsCell, Endtime, Besttime, Mediumtime, Correction];

    public static bool Starts(TextLine line) => IsResultsHeader(line) || IsLaptimes(line);

    static bool IsResultsHeader(TextLine line) => new TableColumns(Cells(line)).Has(Pos, Nr, Pilot, LapsCell);

    static bool IsLaptimes(TextLine line) => line.Text.Trim().Equals("Laptimes", StringComparison.OrdinalIgnoreCase);

    static bool IsRow(TextLine line) => line.Text.Contains('|') || line.HasTab;

    static string[] Cells(TextLine line) =>
        line.Text.Split(line.Text.Contains('|') ? '|' : '\t').Select(c => c.Trim()).ToArray();

    public static TimingSheet Read(IReadOnlyList<TextLine> lines)
    {
        var (results, notRead, notes) = (new List<DriverLine>(), new List<TextLine>(), new List<string>());
        List<LapColumn>? grid = null;
        TableColumns? columns = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (IsResultsHeader(line))
            {
                columns = new TableColumns(Cells(line));
                notes.AddRange(TimingNotes.Columns(columns.Besides(ReadColumns)));
                continue;
            }
            if (IsLaptimes(line))
            {
                if (grid is not null) throw TimingRefusal.At(line, "one Laptimes grid in a paste, as its columns join the one results table");
                grid = Grid(lines, i, out i);
                columns = null;
                continue;
            }
            if (columns is not null && IsRow(line))
            {
                results.Add(Result(new TableRow(line, columns, Cells(line)), notes));
                continue;
            }
            notRead.Add(line);
            columns = null; // page text ends the table
        }
        var drivers = Joined(results, grid ?? []).ToList();
        notes.InsertRange(0, Missing(results, grid));
        notes.AddRange(LapCounts(drivers, grid));
        notes.AddRange(TimingNotes.NotRead(notRead));
        return new(TimingLayout.MyRcm, $"{Description(results, grid)}, {TimingText.Count(drivers.Count, "driver")}",
            RaceHeading.None, drivers, notes);
    }

    static string Description(List<DriverLine> results, List<LapColumn>? grid) =>
        (results.Count > 0, grid is not null) switch
        {
            (true, true) => "MyRCM results and lap times",
            (false, true) => "MyRCM lap times",
            _ => "MyRCM results",
        };

    static IEnumerable<string> Missing(List<DriverLine> results, List<LapColumn>? grid)
    {
        foreach (var note in TimingNotes.Heading(RaceHeading.None)) yield return note;
        if (grid is null) yield return "Results only: no Laptimes grid in this paste.";
        if (results.Count == 0) yield return "Laps only: no results table (places, race times) in this paste.";
    }

    static DriverLine Result(TableRow row, List<string> notes)
    {
        var driver = new DriverLine
        {
            Line = row.Line.Number,
            Position = row.Required(row.Whole(Pos), Pos, "a finishing position such as 1"),
            CarNumber = row.Text(Nr),
            Name = row.Text(Pilot),
            Laps = row.Whole(LapsCell),
            TotalTime = row.Time(Endtime),
            FastestLap = row.Time(Besttime),
            AverageLap = row.Time(Mediumtime),
        };
        if (driver.Name is null && driver.CarNumber is null)
            throw TimingRefusal.At(row.Line, $"a driver's name under {Pilot} or a car number under {Nr}");
        if (row.Text(Correction) is { } correction)
            notes.Add($"{driver.Name ?? $"Car {driver.CarNumber}"}: correction \"{correction}\" as MyRCM printed it; the times are as printed.");
        return driver;
    }

    /// <summary>The grid under "Laptimes": its header names the drivers, its rows are laps 1, 2, 3… in the first column.</summary>
    static List<LapColumn> Grid(IReadOnlyList<TextLine> lines, int laptimes, out int last)
    {
        var h = laptimes + 1;
        while (h < lines.Count && lines[h].IsBlank) h++;
        if (h == lines.Count || !IsRow(lines[h]))
            throw TimingRefusal.At(lines[laptimes], "the Laptimes header on the next line: a lap column, then each driver's name");
        var header = lines[h];
        var columns = Cells(header).Skip(1).Select(name => name.Length > 0
            ? new LapColumn(name, name, header)
            : throw TimingRefusal.At(header, "a driver's name over each column of the Laptimes grid")).ToList();
        var (lap, i) = (0, h + 1);
        for (; i < lines.Count && (lines[i].IsBlank || IsRow(lines[i])); i++)
            if (!lines[i].IsBlank) GridRow(lines[i], columns, ++lap);
        last = i - 1;
        return columns;
    }

    static void GridRow(TextLine line, List<LapColumn> columns, int lap)
    {
        var cells = Cells(line);
        if (cells[0] != lap.ToString(CultureInfo.InvariantCulture))
            throw TimingRefusal.At(line, $"lap {lap} in the first column");
        if (cells.Skip(columns.Count + 1).Any(c => c.Length > 0))
            throw TimingRefusal.At(line, $"at most {columns.Count} drivers' cells, as the Laptimes header names");
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = i + 1 < cells.Length ? cells[i + 1] : "";
            if (cell.Length == 0) { columns[i].Empty(line); continue; }
            var m = PositionAndTime().Match(cell);
            if (!m.Success)
                throw TimingRefusal.At(line, $"a cell such as (1) 09.855 under {columns[i].Key}, not \"{cell}\"");
            columns[i].Add(m.Groups["time"].Value, line);
        }
    }

    /// <summary>Each result with the laps of the column its name heads; without results, a line per column.</summary>
    static IEnumerable<DriverLine> Joined(List<DriverLine> results, List<LapColumn> grid)
    {
        if (results.Count == 0)
            return grid.Select(c => new DriverLine { Line = c.Start.Number, Name = c.Key, Laps = c.Laps.Count, LapTimes = c.Laps });
        foreach (var column in grid)
            if (results.Count(r => NameKey.Of(r.Name) == NameKey.Of(column.Key)) != 1)
                throw TimingRefusal.At(column.Start, $"each column named after one driver of the results, not \"{column.Key}\"");
        return results.Select(r => grid.FirstOrDefault(c => NameKey.Of(c.Key) == NameKey.Of(r.Name)) is { } column
            ? r with { LapTimes = column.Laps }
            : r);
    }

    static IEnumerable<string> LapCounts(List<DriverLine> drivers, List<LapColumn>? grid)
    {
        if (grid is null) yield break;
        foreach (var d in drivers.Where(d => d.Laps != d.LapTimes.Count))
            yield return $"{d.Name}: the results say {d.Laps} laps, the Laptimes grid holds {d.LapTimes.Count}.";
    }

    [GeneratedRegex(@"^\((?<pos>\d{1,3})\)\s*(?<time>\S+)$")]
    private static partial Regex PositionAndTime();
}
