using System.Globalization;
using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

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
        // The fastest lap drawn (a stored best may be the timing system's, which no lap here equals).
        Best = Points[laps.ToList().IndexOf(laps.Min())];
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
