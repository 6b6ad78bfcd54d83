namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// One row of a table read under its header. An empty or missing cell is null; a cell that holds
/// something unreadable refuses the line, naming the column and what belongs in it.
/// </summary>
internal sealed class TableRow
{
    readonly TableColumns columns;
    readonly IReadOnlyList<string> cells;

    public TableRow(TextLine line, TableColumns columns, IReadOnlyList<string> cells)
    {
        if (cells.Skip(columns.Count).Any(c => c.Length > 0))
            throw TimingRefusal.At(line, $"at most {columns.Count} cells, as many as the header has, not {cells.Count}");
        (Line, this.columns, this.cells) = (line, columns, cells);
    }

    public TextLine Line { get; }

    public string? Text(string column)
    {
        var i = columns.IndexOf(column);
        return i >= 0 && i < cells.Count && cells[i].Length > 0 ? cells[i] : null;
    }

    public decimal? Time(string column) => Read(column, TimingText.Time, "a time such as 37.112 or 1:03.004");

    public decimal? Number(string column) => Read(column, TimingText.Number, "a number such as 2.11");

    public decimal? Percent(string column) => Read(column, TimingText.Percent, "a percentage such as 94.65%");

    public int? Whole(string column) => Read(column, TimingText.Whole, "a whole number");

    /// <summary>A cell the row cannot do without.</summary>
    public T Required<T>(T? value, string column, string expected) where T : struct =>
        value ?? throw TimingRefusal.At(Line, $"{expected} under {column}");

    T? Read<T>(string column, Func<string, T?> read, string expected) where T : struct =>
        Text(column) is not { } cell ? null
            : read(cell) ?? throw TimingRefusal.At(Line, $"{expected} under {column}, not \"{cell}\"");
}
