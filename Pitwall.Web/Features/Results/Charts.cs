using System.Globalization;
using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

/// <summary>A point of a chart in the SVG's own coordinates, with what it says.</summary>
public sealed record ChartPoint(double X, double Y, string Label);

/// <summary>
/// A lap chart drawn on the server as SVG: lap time against lap number, the best lap marked,
/// the average as a line. Slower laps sit higher. Coordinates are computed here so the
/// view only writes them out (no client charting library, readable in print).
/// </summary>
public sealed class LapChart
{
    public const double Width = 600, Height = 200, Left = 56, Right = 12, Top = 12, Bottom = 28;

    public LapChart(string id, IReadOnlyList<decimal> laps, LapFigures figures)
    {
        Id = id;
        var min = (double)laps.Min();
        var max = (double)laps.Max();
        var pad = Math.Max(0.2, (max - min) * 0.1);
        (Low, High) = (min - pad, max + pad);
        var step = laps.Count > 1 ? (Width - Left - Right) / (laps.Count - 1) : 0;
        Points = laps.Select((lap, i) => new ChartPoint(Left + i * step + (laps.Count == 1 ? (Width - Left - Right) / 2 : 0),
            YOf((double)lap), $"Lap {i + 1}: {LapFigures.Time(lap)}")).ToList();
        Best = Points[laps.ToList().IndexOf(figures.Best!.Value)];
        AverageY = YOf((double)figures.Average!.Value);
        AverageLabel = $"Average {LapFigures.Time(figures.Average)}";
        Laps = laps;
    }

    public string Id { get; }
    public IReadOnlyList<decimal> Laps { get; }
    public IReadOnlyList<ChartPoint> Points { get; }
    public ChartPoint Best { get; }
    public double AverageY { get; }
    public string AverageLabel { get; }
    double Low { get; }
    double High { get; }

    public string Polyline => string.Join(" ", Points.Select(p => $"{F(p.X)},{F(p.Y)}"));
    public string TopLabel => LapFigures.Time((decimal)High);
    public string BottomLabel => LapFigures.Time((decimal)Low);
    public string LastLapLabel => $"Lap {Laps.Count}";

    double YOf(double seconds) => Top + (1 - (seconds - Low) / (High - Low)) * (Height - Top - Bottom);

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

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
