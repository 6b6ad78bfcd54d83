using System.Globalization;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// Where the racer stands in a heat's field: every field figure a racer reads is computed here and
/// nowhere else (the session's result, Performance, Compare and the printed sheet all show these).
/// <list type="bullet">
/// <item>Gaps to the winner and to the car one place ahead are in seconds per lap: the racer's
/// average lap minus theirs (<see cref="FieldLine.Average"/>), so a timed race where drivers do
/// different lap counts still compares pace. Positive is slower.</item>
/// <item>The gap to the fastest lap is the racer's best lap minus the heat's fastest lap.</item>
/// <item>Ranks count the drivers who have the figure (a non-starter has none): best lap and average
/// lowest first, consistency highest first.</item>
/// <item>The field's median lap is the median of the drivers' average laps.</item>
/// </list>
/// A figure the layout cannot give (no places in a decoder feed) is null, shown as "—".
/// </summary>
public sealed record FieldStanding(
    int? Position, int FieldSize, FieldLine? Winner, decimal? GapToWinner, decimal? FastestLap, decimal? GapToFastestLap,
    FieldLine? CarAhead, decimal? GapToCarAhead, FieldRank? BestRank, FieldRank? AverageRank, FieldRank? ConsistencyRank,
    decimal? MedianLap)
{
    public static FieldStanding Of(IReadOnlyList<FieldLine> field, int racerLine)
    {
        var racer = field[racerLine];
        var placed = field.Where(d => d.Position is not null).ToList();
        var winner = racer.Position is null ? null : placed.MinBy(d => d.Position);
        var ahead = racer.Position is not { } p ? null
            : placed.Where(d => d.Position < p).MaxBy(d => d.Position);
        var fastest = field.Select(d => d.Best).Min();
        return new(
            racer.Position, field.Count,
            winner, Difference(racer.Average, winner?.Average),
            fastest, Difference(racer.Best, fastest),
            ahead, Difference(racer.Average, ahead?.Average),
            FieldRank.Among(racer.Best, field.Select(d => d.Best), lowerIsBetter: true),
            FieldRank.Among(racer.Average, field.Select(d => d.Average), lowerIsBetter: true),
            FieldRank.Among(racer.ConsistencyPercent, field.Select(d => d.ConsistencyPercent), lowerIsBetter: false),
            Median(field.Select(d => d.Average).OfType<decimal>().ToList()));
    }

    static decimal? Difference(decimal? mine, decimal? theirs) => mine is { } m && theirs is { } t ? m - t : null;

    static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /// <summary>"P3 of 12"; "12 drivers" when the layout prints no places.</summary>
    public string Place => Position is { } p ? $"P{p} of {FieldSize}" : TimingText.Count(FieldSize, "driver");

    public bool IsWinner => Position is not null && Winner is not null && Position == Winner.Position;

    /// <summary>The one line the printed sheet, Performance and Compare show for a heat.</summary>
    public string Line(string? heat)
    {
        var parts = new List<string> { Place };
        if (IsWinner) parts.Add("the winner");
        else if (GapToWinner is { } w) parts.Add($"{Gap(w)} s/lap to the winner");
        if (GapToFastestLap == 0) parts.Add("the heat's fastest lap");
        else if (GapToFastestLap is { } f) parts.Add($"{Gap(f)} s to the fastest lap");
        if (CarAhead is { Position: { } ahead } && GapToCarAhead is { } a) parts.Add($"{Gap(a)} s/lap to P{ahead}");
        var ranks = new[] { ("best lap", BestRank), ("average", AverageRank), ("consistency", ConsistencyRank) }
            .Where(r => r.Item2 is not null).Select(r => $"{r.Item1} {r.Item2}").ToList();
        if (ranks.Count > 0) parts.Add(string.Join(", ", ranks));
        var text = string.Join(" · ", parts);
        return string.IsNullOrWhiteSpace(heat) ? text : $"{heat}: {text}";
    }

    /// <summary>A gap in seconds, signed (+0.911 is slower, −0.120 faster), to the thousandth; "—" for none.</summary>
    public static string Gap(decimal? seconds)
    {
        if (seconds is not { } s) return "—";
        s = Math.Round(s, 3, MidpointRounding.AwayFromZero);
        var text = Math.Abs(s).ToString("0.000", CultureInfo.InvariantCulture);
        return s > 0 ? "+" + text : s < 0 ? "−" + text : text;
    }
}
