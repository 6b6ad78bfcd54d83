using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// How far behind a driver finished, as printed ("1 Lap", "4 Laps", "7.478"), with the laps or
/// the seconds when the text says which. Text that is neither is kept as printed with both null.
/// </summary>
public sealed partial record Behind(string Printed, int? Laps, decimal? Seconds)
{
    /// <summary>Null for an empty cell, as the winner's is.</summary>
    public static Behind? Read(string? cell)
    {
        var printed = cell?.Trim();
        if (string.IsNullOrEmpty(printed)) return null;
        if (LapsBehind().Match(printed) is { Success: true } m)
            return new(printed, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), null);
        return new(printed, null, TimingText.Time(printed.TrimStart('+')));
    }

    [GeneratedRegex(@"^\+?(\d{1,4})\s*Laps?$", RegexOptions.IgnoreCase)]
    private static partial Regex LapsBehind();
}
