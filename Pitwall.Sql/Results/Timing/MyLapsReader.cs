namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// MyLaps / Orbits tables copied tab-separated: results ("Pos No. Name Laps Diff Gap Total Tm
/// Best Tm In Lap …") and/or lap times ("# No. Name Laps Lead Lap Tm Elapsed Tm Time of Day …",
/// one row per passing, a "Green Flag" row at the start). Laps join results by car number.
/// </summary>
internal static class MyLapsReader
{
    const string Pos = "Pos", No = "No.", Name = "Name", LapsCell = "Laps", Diff = "Diff", TotalTm = "Total Tm",
        BestTm = "Best Tm", InLap = "In Lap", LapTm = "Lap Tm";

    static readonly string[] ResultColumns = [Pos, No, Name, LapsCell, Diff, TotalTm, BestTm, InLap];
    static readonly string[] LapColumns = [No, Name, LapsCell, LapTm];

    public static bool Starts(TextLine line) => IsResultsHeader(line) || IsLapsHeader(line);

    static bool IsResultsHeader(TextLine line) =>
        line.HasTab && new TableColumns(line.Tabbed()) is var c && c.Has(Pos, No, Name, LapsCell) && (c.Has(TotalTm) || c.Has(BestTm));

    static bool IsLapsHeader(TextLine line) => line.HasTab && new TableColumns(line.Tabbed()).Has(No, Name, LapsCell, LapTm);

    public static TimingSheet Read(IReadOnlyList<TextLine> lines)
    {
        var (results, cars, names) = (new List<DriverLine>(), new List<LapColumn>(), new Dictionary<string, string?>());
        var (notRead, notes) = (new List<TextLine>(), new List<string>());
        TableColumns? columns = null;
        var readingLaps = false;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (IsResultsHeader(line) || IsLapsHeader(line))
            {
                (columns, readingLaps) = (new TableColumns(line.Tabbed()), IsLapsHeader(line));
                notes.AddRange(TimingNotes.Columns(columns.Besides(readingLaps ? LapColumns : ResultColumns)));
                continue;
            }
            if (columns is null || !line.HasTab)
            {
                notRead.Add(line);
                columns = null; // page text ends the table
                continue;
            }
            var row = new TableRow(line, columns, line.Tabbed());
            if (readingLaps) LapRow(row, cars, names);
            else results.Add(Result(row, results));
        }
        var drivers = Joined(results, cars, names).ToList();
        notes.InsertRange(0, Missing(results, cars));
        notes.AddRange(LapCounts(results, cars));
        notes.AddRange(TimingNotes.NotRead(notRead));
        return new(TimingLayout.MyLaps, $"{Description(results, cars)}, {TimingText.Count(drivers.Count, "car")}",
            RaceHeading.None, drivers, notes);
    }

    static string Description(List<DriverLine> results, List<LapColumn> cars) =>
        (results.Count > 0, cars.Count > 0) switch
        {
            (true, true) => "MyLaps/Orbits results and laps",
            (false, true) => "MyLaps/Orbits laps",
            _ => "MyLaps/Orbits results",
        };

    static IEnumerable<string> Missing(List<DriverLine> results, List<LapColumn> cars)
    {
        foreach (var note in TimingNotes.Heading(RaceHeading.None)) yield return note;
        if (cars.Count == 0) yield return "Results only: no lap times in this paste.";
        if (results.Count == 0) yield return "Laps only: no results table (places, race times) in this paste.";
    }

    static DriverLine Result(TableRow row, List<DriverLine> before)
    {
        var driver = new DriverLine
        {
            Line = row.Line.Number,
            Position = row.Required(row.Whole(Pos), Pos, "a finishing position such as 1"),
            CarNumber = row.Text(No),
            Name = row.Text(Name),
            Laps = row.Whole(LapsCell),
            Behind = Behind.Read(row.Text(Diff)),
            TotalTime = row.Time(TotalTm),
            FastestLap = row.Time(BestTm),
            FastestLapNumber = row.Whole(InLap),
        };
        if (driver.Name is null && driver.CarNumber is null)
            throw TimingRefusal.At(row.Line, $"a car number under {No} or a name under {Name}");
        // Laps join results by car number, so one number on two rows would give both the same laps.
        if (driver.CarNumber is not null && before.Any(r => r.CarNumber == driver.CarNumber))
            throw TimingRefusal.At(row.Line, $"each car number once in the results, but {driver.CarNumber} is already there");
        return driver;
    }

    /// <summary>One passing: the car's lap number and lap time. The Green Flag row starts the race and is no lap.</summary>
    static void LapRow(TableRow row, List<LapColumn> cars, Dictionary<string, string?> names)
    {
        if (row.Line.Tabbed().Any(c => c.Equals("Green Flag", StringComparison.OrdinalIgnoreCase))) return;
        var car = row.Text(No) ?? throw TimingRefusal.At(row.Line, $"a car number under {No}");
        var lap = row.Required(row.Whole(LapsCell), LapsCell, "the car's lap number");
        if (cars.Find(c => c.Key == car) is not { } column)
        {
            cars.Add(column = new LapColumn(car, $"car #{car}", row.Line));
            names[car] = row.Text(Name);
        }
        if (lap != column.Laps.Count + 1)
            throw TimingRefusal.At(row.Line, $"lap {column.Laps.Count + 1} for car #{car} under {LapsCell}, not {lap}");
        column.Add(row.Text(LapTm) ?? "", row.Line);
    }

    static IEnumerable<DriverLine> Joined(List<DriverLine> results, List<LapColumn> cars, Dictionary<string, string?> names)
    {
        foreach (var driver in results)
            yield return cars.Find(c => c.Key == driver.CarNumber) is { } column ? driver with { LapTimes = column.Laps } : driver;
        foreach (var column in cars.Where(c => results.All(r => r.CarNumber != c.Key)))
            yield return new DriverLine
            {
                Line = column.Start.Number, CarNumber = column.Key, Name = names[column.Key],
                Laps = column.Laps.Count, LapTimes = column.Laps,
            };
    }

    static IEnumerable<string> LapCounts(List<DriverLine> results, List<LapColumn> cars)
    {
        if (cars.Count == 0 || results.Count == 0) yield break;
        foreach (var driver in results)
        {
            var laps = cars.Find(c => c.Key == driver.CarNumber)?.Laps.Count ?? 0;
            if (laps != driver.Laps)
                yield return $"Car #{driver.CarNumber}: the results say {driver.Laps} laps, the lap times hold {laps}.";
        }
        foreach (var column in cars.Where(c => results.All(r => r.CarNumber != c.Key)))
            yield return $"Car #{column.Key} has lap times but no line in the results.";
    }
}
