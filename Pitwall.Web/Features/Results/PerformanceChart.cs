using System.Globalization;
using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

/// <summary>A car's sessions over time: best lap (left scale) and ORP (right scale, 0–100), each point named for its session.</summary>
public sealed class PerformanceChart
{
    public const double Width = 600, Height = 240, Left = 56, Right = 44, Top = 28, Bottom = 28;

    public PerformanceChart(IReadOnlyList<PerformanceSession> oldestFirst)
    {
        var withBest = oldestFirst.Where(s => s.BestLap is not null).ToList();
        var min = withBest.Count == 0 ? 0 : (double)withBest.Min(s => s.BestLap!.Value);
        var max = withBest.Count == 0 ? 1 : (double)withBest.Max(s => s.BestLap!.Value);
        var pad = Math.Max(0.2, (max - min) * 0.15);
        (Low, High) = (min - pad, max + pad);
        var step = oldestFirst.Count > 1 ? (Width - Left - Right) / (oldestFirst.Count - 1) : 0;
        double X(int i) => Left + i * step + (oldestFirst.Count == 1 ? (Width - Left - Right) / 2 : 0);
        BestLaps = oldestFirst.Select((s, i) => (s, i)).Where(t => t.s.BestLap is not null)
            .Select(t => new ChartPoint(X(t.i), YOfSeconds((double)t.s.BestLap!.Value), Short(t.s.Name))).ToList();
        Orps = oldestFirst.Select((s, i) => (s, i)).Where(t => t.s.Orp is not null)
            .Select(t => new ChartPoint(X(t.i), Top + (1 - (double)t.s.Orp!.Value / 100) * (Height - Top - Bottom), LapFigures.Score(t.s.Orp))).ToList();
    }

    public IReadOnlyList<ChartPoint> BestLaps { get; }
    public IReadOnlyList<ChartPoint> Orps { get; }
    double Low { get; }
    double High { get; }

    public string BestLine => string.Join(" ", BestLaps.Select(p => $"{LapChart.F(p.X)},{LapChart.F(p.Y)}"));
    public string OrpLine => string.Join(" ", Orps.Select(p => $"{LapChart.F(p.X)},{LapChart.F(p.Y)}"));
    public string TopLabel => LapFigures.Time((decimal)High);
    public string BottomLabel => LapFigures.Time((decimal)Low);

    double YOfSeconds(double seconds) => Top + (1 - (seconds - Low) / (High - Low)) * (Height - Top - Bottom);

    static string Short(string? name) => name is null ? "—" : name.Length <= 18 ? name : name[..17] + "…";
}
