namespace Pitwall.Sql.Results.Timing;

/// <summary>Notes every reader writes the same way.</summary>
internal static class TimingNotes
{
    /// <summary>Page text around a table is left alone, but said, so nothing is dropped silently.</summary>
    public static IEnumerable<string> NotRead(IReadOnlyList<TextLine> lines)
    {
        if (lines.Count == 1)
            yield return $"Line {lines[0].Number} was not read: \"{lines[0].Text.Trim()}\".";
        else if (lines.Count > 1)
            yield return $"Lines {Ranges(lines.Select(l => l.Number).ToList())} were not read (text around the table).";
    }

    /// <summary>What the caller cannot fill in from the race's name.</summary>
    public static IEnumerable<string> Heading(RaceHeading heading)
    {
        if (heading.RaceName is null) yield return "No race name in this paste: heat and class are not known.";
        else if (heading.HeatName is null) yield return $"The heat could not be told from the class in \"{heading.RaceName}\".";
    }

    public static IEnumerable<string> Columns(IReadOnlyList<string> unread)
    {
        if (unread.Count > 0) yield return $"Columns not read: {string.Join(", ", unread)}.";
    }

    /// <summary>"1–3, 15" from 1, 2, 3, 15.</summary>
    static string Ranges(IReadOnlyList<int> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            parts.Add(j == i ? $"{numbers[i]}" : $"{numbers[i]}–{numbers[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
