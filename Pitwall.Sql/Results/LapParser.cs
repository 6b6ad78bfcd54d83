using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results;

/// <summary>
/// Reads lap times as racers paste them from a timing screen or a spreadsheet: times
/// separated by new lines, commas, semicolons, tabs or spaces; <c>24.516</c> or <c>1:02.345</c>;
/// optionally a lap number before each time (<c>1 24.516</c>, <c>1) 24.516</c>, <c>1,24.516</c>);
/// blank lines ignored. Laps are kept in the order driven.
/// </summary>
public static partial class LapParser
{
    public const decimal Shortest = 1m, Longest = 600m;
    public const int MaxLaps = 1000;

    public static (IReadOnlyList<decimal> Laps, LapProblem? Problem) Parse(string? text)
    {
        var laps = new List<decimal>();
        var lines = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var tokens = Separators().Split(lines[i].Trim()).Where(t => t.Length > 0).ToList();
            if (tokens.Count == 0) continue;
            // "24,516" is a time with a decimal comma far more often than lap 24 in 8:36: ask, never guess.
            if (DecimalComma().IsMatch(lines[i].Trim()))
                return ([], new(i + 1, lines[i].Trim(), "Use a point for decimals (24.516), or a space after a lap number (24 5:16.000)."));
            // A lap number before the time: "1) 24.516" always, "1 24.516" when the line holds just the two.
            if (LapNumber().IsMatch(tokens[0]) && (tokens[0].EndsWith(')') || tokens.Count == 2) && tokens.Count >= 2)
                tokens.RemoveAt(0);
            foreach (var token in tokens)
            {
                if (ReadTime(token) is not { } seconds)
                    return ([], new(i + 1, lines[i].Trim(), $"\"{token}\" is not a lap time such as 24.516 or 1:02.345."));
                if (seconds < Shortest || seconds > Longest)
                    return ([], new(i + 1, lines[i].Trim(), $"{token} is outside 1 second to 10 minutes."));
                laps.Add(seconds);
                if (laps.Count > MaxLaps)
                    return ([], new(i + 1, lines[i].Trim(), $"More than {MaxLaps} laps."));
            }
        }
        return (laps, null);
    }

    /// <summary>Seconds from <c>24.516</c> or <c>1:02.345</c>; null when it is neither.</summary>
    public static decimal? ReadTime(string token)
    {
        if (MinutesSeconds().Match(token) is { Success: true } m)
            return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 60m
                   + decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return Seconds().IsMatch(token) ? decimal.Parse(token, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\d{1,3},\d{3}$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"[,;\t ]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\d{1,4}\)?$")]
    private static partial Regex LapNumber();

    [GeneratedRegex(@"^(\d{1,2}):([0-5]\d(\.\d+)?)$")]
    private static partial Regex MinutesSeconds();

    [GeneratedRegex(@"^\d{1,3}(\.\d+)?$")]
    private static partial Regex Seconds();
}
