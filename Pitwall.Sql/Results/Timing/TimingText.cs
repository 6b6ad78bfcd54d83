using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// What every layout reads the same way: lines, times and numbers. A decimal comma (37,112) is a
/// decimal point here because each of these reads one cell that holds one figure, so the comma
/// cannot separate two values the way it can in a plain lap list.
/// </summary>
internal static partial class TimingText
{
    public static IReadOnlyList<TextLine> Lines(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select((line, i) => new TextLine(i + 1, line))
            .ToList();

    /// <summary>Seconds from 37.112, 1:03.004 or 1:02:03.456 (the grammar of <see cref="LapParser.ReadTime"/>, plus hours).</summary>
    public static decimal? Time(string cell)
    {
        var text = Point(cell.Trim());
        if (Hours().Match(text) is { Success: true } m && LapParser.ReadTime(m.Groups[2].Value) is { } rest)
            return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 3600m + rest;
        return LapParser.ReadTime(text);
    }

    /// <summary>A lap time, refused outside the range <see cref="LapParser"/> allows.</summary>
    public static decimal Lap(string cell, TextLine line, string where)
    {
        if (Time(cell) is not { } seconds)
            throw TimingRefusal.At(line, $"a lap time such as 37.112 or 1:03.004 {where}, not \"{cell}\"");
        if (seconds < LapParser.Shortest || seconds > LapParser.Longest)
            throw TimingRefusal.At(line, $"a lap time between 1 second and 10 minutes {where}, not {cell}");
        return seconds;
    }

    public static decimal? Number(string cell)
    {
        var text = Point(cell.Trim());
        return Decimal().IsMatch(text) ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>94.65 from "94.65%" or "94.65 %".</summary>
    public static decimal? Percent(string cell) => Number(cell.Trim().TrimEnd('%'));

    public static int? Whole(string cell) =>
        Digits().IsMatch(cell.Trim()) ? int.Parse(cell.Trim(), CultureInfo.InvariantCulture) : null;

    /// <summary>"1 driver", "12 drivers".</summary>
    public static string Count(int n, string thing) => n == 1 ? $"1 {thing}" : $"{n} {thing}s";

    static string Point(string text) =>
        text.Count(c => c == ',') == 1 && !text.Contains('.') ? text.Replace(',', '.') : text;

    [GeneratedRegex(@"^(\d{1,2}):([0-5]\d:[0-5]\d(?:\.\d+)?)$")]
    private static partial Regex Hours();

    [GeneratedRegex(@"^\d{1,6}(\.\d{1,6})?$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^\d{1,6}$")]
    private static partial Regex Digits();
}
