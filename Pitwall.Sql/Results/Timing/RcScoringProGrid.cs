using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// RC Scoring Pro's lap grid: one column per car number under a header like " ___1___ ___2___",
/// one row per lap, cells "position/lap time" in seven characters ("10/20.3": a two-digit
/// position costs a decimal). Cells are cut where the header puts each column, because a car
/// that has stopped leaves its cell blank and splitting on spaces would shift the rest.
/// After the laps come rows of lap counts ("27/") and elapsed times, which are not laps.
/// More than ten cars wrap onto a second header block.
/// </summary>
internal sealed partial class RcScoringProGrid
{
    readonly List<LapColumn> columns = [];
    List<(string Car, int End)> block = [];
    bool pastLaps;

    public static bool IsHeader(TextLine line) => Header().IsMatch(line.Text);

    /// <summary>Every car's column, in the order the headers name them.</summary>
    public IReadOnlyList<LapColumn> Columns => columns;

    public LapColumn? For(string car) => columns.Find(c => c.Key == car);

    public void StartBlock(TextLine line)
    {
        block = HeaderCell().Matches(line.Text).Select(m => (Car: m.Groups[1].Value, End: m.Index + m.Length)).ToList();
        foreach (var (car, _) in block)
        {
            if (For(car) is not null)
                throw TimingRefusal.At(line, $"each car once in the grid's headers, but car #{car} already has a column");
            columns.Add(new LapColumn(car, $"car #{car}", line));
        }
        pastLaps = false;
    }

    public void Row(TextLine line)
    {
        if (block.Count == 0)
            throw TimingRefusal.At(line, "a grid header such as ___1___ ___2___ before the laps");
        var cells = Cut(line.Text);
        var laps = cells.Select(c => LapCell().Match(c)).ToList();
        var trailer = cells.Count(c => c.Length > 0 && (LapCount().IsMatch(c) || TimingText.Time(c) is not null));
        var filled = cells.Count(c => c.Length > 0);
        if (laps.Count(m => m.Success) == filled && !pastLaps)
            AddLaps(line, laps);
        else if (trailer == filled)
            pastLaps = true; // lap counts and elapsed times close the block
        else
            throw TimingRefusal.At(line, pastLaps
                ? "only lap counts (24/) or elapsed times after the lap counts began"
                : "cells such as 1/15.61 (position/lap time) under each car's header");
    }

    void AddLaps(TextLine line, List<Match> cells)
    {
        for (var i = 0; i < block.Count; i++)
        {
            var column = For(block[i].Car)!;
            if (cells[i].Success) column.Add(cells[i].Groups["time"].Value, line);
            else column.Empty(line);
        }
    }

    /// <summary>Each column runs from the end of the header cell before it to the end of its own; the last takes the rest of the line.</summary>
    List<string> Cut(string text)
    {
        var cells = new List<string>();
        for (var i = 0; i < block.Count; i++)
        {
            var from = Math.Min(i == 0 ? 0 : block[i - 1].End, text.Length);
            var to = i == block.Count - 1 ? text.Length : Math.Min(block[i].End, text.Length);
            cells.Add(text[from..to].Trim());
        }
        return cells;
    }

    [GeneratedRegex(@"^\s*(?:_+[0-9A-Za-z]+_+\s*)+$")]
    private static partial Regex Header();

    [GeneratedRegex(@"_+([0-9A-Za-z]+)_+")]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"^(?<pos>\d{1,3})/(?<time>\S+)$")]
    private static partial Regex LapCell();

    [GeneratedRegex(@"^\d{1,4}/$")]
    private static partial Regex LapCount();
}
