using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

/// <summary>
/// Lap times from a CSV file as timing software exports it: the lap time column is the one
/// whose header says "lap time" (else "time"); a file without a header row uses its last
/// column. Each cell is read as the lap parser reads pasted laps; problems name the file's line.
/// </summary>
public static partial class LapCsv
{
    public static (IReadOnlyList<decimal> Laps, LapProblem? Problem) Read(Stream stream)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false, DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null,
        };
        using var reader = new StreamReader(stream);
        using var csv = new CsvParser(reader, config);
        var rows = new List<(int Line, string[] Cells)>();
        while (csv.Read())
        {
            rows.Add((csv.RawRow, csv.Record ?? []));
            if (rows.Count > LapParser.MaxLaps + 1) break;
        }
        if (rows.Count == 0) return ([], null);

        var first = rows[0].Cells;
        var hasHeader = !first.Any(c => LapParser.ReadTime(c.Trim()) is not null);
        int column;
        if (hasHeader)
        {
            column = Array.FindIndex(first, c => LapTimeHeader().IsMatch(c));
            if (column < 0) column = Array.FindIndex(first, c => TimeHeader().IsMatch(c));
            if (column < 0)
                return ([], new(rows[0].Line, string.Join(",", first), "No column of lap times: name one \"Lap time\"."));
        }
        else
        {
            column = first.Length - 1;
        }

        var laps = new List<decimal>();
        foreach (var (line, cells) in rows.Skip(hasHeader ? 1 : 0))
        {
            var cell = column < cells.Length ? cells[column].Trim() : "";
            if (cell.Length == 0) continue;
            var (lap, problem) = LapParser.Parse(cell);
            if (problem is not null) return ([], problem with { Line = line, Text = string.Join(",", cells) });
            laps.AddRange(lap);
            if (laps.Count > LapParser.MaxLaps) return ([], new(line, cell, $"More than {LapParser.MaxLaps} laps."));
        }
        return (laps, null);
    }

    [GeneratedRegex(@"lap\s*_?time", RegexOptions.IgnoreCase)]
    private static partial Regex LapTimeHeader();

    [GeneratedRegex(@"time", RegexOptions.IgnoreCase)]
    private static partial Regex TimeHeader();
}
