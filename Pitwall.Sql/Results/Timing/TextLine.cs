namespace Pitwall.Sql.Results.Timing;

/// <summary>A line of the paste with its 1-based number, so a refusal can name it.</summary>
internal sealed record TextLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool HasTab => Text.Contains('\t');

    /// <summary>The cells between tabs, trimmed: a browser's copy of a table.</summary>
    public string[] Tabbed() => Text.Split('\t').Select(c => c.Trim()).ToArray();
}
