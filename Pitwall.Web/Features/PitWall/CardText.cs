using System.Globalization;
using Pitwall.Sql.PitWall;
using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.PitWall;

/// <summary>What a card and a message say, worded once: times since, lap times and gaps, outcomes.</summary>
public static class CardText
{
    public static string Ago(int? seconds) => seconds switch
    {
        null => "no activity yet",
        < 60 => "just now",
        < 3600 => $"{seconds / 60} min ago",
        < 172_800 => $"{seconds / 3600} h ago",
        _ => $"{seconds / 86_400} days ago",
    };

    /// <summary>The card's last line: when anything on it last changed.</summary>
    public static string Updated(int? seconds) => seconds is null ? "No activity yet" : $"Updated {Ago(seconds)}";

    public static string Session(BoardCard c) =>
        string.Join(" · ", new[] { c.Car, c.SessionName, c.SessionType, c.SessionStatus, c.TrackName }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string? Result(BoardCard c)
    {
        if (c.Heat is null && c.Position is null && c.BestLap is null) return null;
        var parts = new List<string?> { c.Heat, c.Position is { } p ? $"P{p}" : null, c.BestLap is { } b ? $"best {LapFigures.Time(b)}" : null };
        if (c.Gap is { } gap)
            parts.Add(gap == 0 ? "fastest of the heat" : $"+{gap.ToString("0.000", CultureInfo.InvariantCulture)} s to the heat's fastest");
        return string.Join(" · ", parts.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    public static string? Change(BoardCard c)
    {
        if (c.ChangeParameter is null) return null;
        var more = c.ChangeCount is > 1 ? $" (+{c.ChangeCount - 1} more)" : "";
        return $"{c.ChangeParameter} {c.ChangeFrom ?? "—"} → {c.ChangeTo ?? "—"}{more} · {Outcome(c.ChangeOutcome)}";
    }

    public static string Outcome(string? outcome) => outcome switch
    {
        "success" => "✅ success",
        "neutral" => "➖ neutral",
        "failure" => "❌ failure",
        _ => "awaiting closeout",
    };

    public static string From(Message m, string racerName) => m.FromWall ? "Pit wall" : racerName;
}
