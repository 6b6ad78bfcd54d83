namespace Pitwall.Sql.Results.Timing;

/// <summary>A table's header row. Cells are found by the column's name, so a layout that drops or adds a column is read by what it says, never by where it stands.</summary>
internal sealed class TableColumns(IReadOnlyList<string> names)
{
    public int Count => names.Count;

    public int IndexOf(string name)
    {
        for (var i = 0; i < names.Count; i++)
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    public bool Has(params string[] wanted) => wanted.All(w => IndexOf(w) >= 0);

    /// <summary>The header's columns a reader does not read, so a note can name them.</summary>
    public IReadOnlyList<string> Besides(IReadOnlyCollection<string> read) =>
        names.Where(n => n.Length > 0 && !read.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
}
