namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// One driver's column in a lap grid (RC Scoring Pro, MyRCM): laps top to bottom. A driver who
/// stops leaves empty cells below, so a lap after an empty cell means the grid was misread.
/// </summary>
internal sealed class LapColumn(string key, string label, TextLine start)
{
    readonly List<decimal> laps = [];
    TextLine? firstEmpty;

    /// <summary>What links the column to a driver: the car number, or the name its header prints.</summary>
    public string Key => key;

    /// <summary>The line the column starts on: its header, or its first row.</summary>
    public TextLine Start => start;

    public IReadOnlyList<decimal> Laps => laps;

    public void Add(string time, TextLine line)
    {
        if (firstEmpty is not null)
            throw TimingRefusal.At(line, $"no more laps for {label} after its empty cell on line {firstEmpty.Number}");
        laps.Add(TimingText.Lap(time, line, $"for {label}"));
    }

    public void Empty(TextLine line) => firstEmpty ??= line;
}
