using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;

namespace Pitwall.Web.Features.Results;

/// <summary>
/// The racer's heat over its field, drawn on the server as SVG like <see cref="LapChart"/>: lap time
/// upwards (slower is higher), the field's fastest lap as a line and its median lap (the median of
/// the drivers' average laps) dashed. With the racer's laps, they run lap by lap across it; a
/// results-only paste has no laps, so each driver's best lap (●) and average lap (○) stand at
/// their place, the racer's marked. Coordinates are worked out here; the view writes them out.
/// </summary>
public sealed class FieldChart
{
    public const double Width = 600, Height = 220, Left = 56, Right = 12, Top = 12, Bottom = 28;

    public FieldChart(string id, RunResult result, TimingHeat heat)
    {
        Id = id;
        Heat = heat;
        var standing = heat.Standing;
        ByLap = result.HasLaps;
        Laps = result.LapList;
        Drivers = heat.Field.Select((line, i) => (line, i))
            .Where(d => d.line.Best is not null || d.line.Average is not null)
            .OrderBy(d => d.line.Position ?? int.MaxValue).ThenByDescending(d => d.line.Laps ?? 0).ThenBy(d => d.i)
            .Select(d => (d.line, d.i == heat.RacerLine)).ToList();
        var values = (ByLap ? Laps : Drivers.SelectMany(d => new[] { d.Line.Best, d.Line.Average }).OfType<decimal>())
            .Concat(new[] { standing.FastestLap, standing.MedianLap }.OfType<decimal>()).Select(v => (double)v).ToList();
        var (min, max) = values.Count == 0 ? (0d, 1d) : (values.Min(), values.Max());
        var pad = Math.Max(0.2, (max - min) * 0.08);
        (Low, High) = (min - pad, max + pad);
        var count = ByLap ? Laps.Count : Drivers.Count;
        var step = count > 1 ? (Width - Left - Right) / (count - 1) : 0;
        double X(int i) => Left + i * step + (count == 1 ? (Width - Left - Right) / 2 : 0);
        RacerLaps = ByLap ? Laps.Select((lap, i) => new ChartPoint(X(i), YOf(lap), $"Lap {i + 1}: {LapFigures.Time(lap)}")).ToList() : [];
        Marks = ByLap ? [] : Drivers.Select((d, i) => new DriverMark(
            X(i), d.Line.Best is { } b ? YOf(b) : null, d.Line.Average is { } a ? YOf(a) : null, d.IsRacer,
            $"{Place(d.Line)} {d.Line.Label}: best {LapFigures.Time(d.Line.Best)}, average {LapFigures.Time(d.Line.Average)}")).ToList();
        FastestY = standing.FastestLap is { } f ? YOf(f) : null;
        MedianY = standing.MedianLap is { } m ? YOf(m) : null;
    }

    public string Id { get; }
    public TimingHeat Heat { get; }
    public bool ByLap { get; }
    public IReadOnlyList<decimal> Laps { get; }
    public IReadOnlyList<(FieldLine Line, bool IsRacer)> Drivers { get; }
    public IReadOnlyList<ChartPoint> RacerLaps { get; }
    public IReadOnlyList<DriverMark> Marks { get; }
    public double? FastestY { get; }
    public double? MedianY { get; }
    double Low { get; }
    double High { get; }

    public string Polyline => string.Join(" ", RacerLaps.Select(p => $"{LapChart.F(p.X)},{LapChart.F(p.Y)}"));
    public string TopLabel => LapFigures.Time((decimal)High);
    public string BottomLabel => LapFigures.Time((decimal)Low);
    public string FirstLabel => ByLap ? "Lap 1" : Drivers.Count > 0 ? Place(Drivers[0].Line) : "";
    public string LastLabel => ByLap ? $"Lap {Laps.Count}" : Drivers.Count > 1 ? Place(Drivers[^1].Line) : "";

    public string Title
    {
        get
        {
            var s = Heat.Standing;
            var lines = $"the field's fastest lap {LapFigures.Time(s.FastestLap)} and median lap {LapFigures.Time(s.MedianLap)}";
            return ByLap
                ? $"{Heat.Racer.Label}: {Laps.Count} laps over {lines}"
                : $"Best and average lap of each driver by place, {Heat.Racer.Label} marked ({s.Place}); {lines}";
        }
    }

    public static string Place(FieldLine line) => line.Position is { } p ? $"P{p}" : "—";

    double YOf(decimal seconds) => Top + (1 - ((double)seconds - Low) / (High - Low)) * (Height - Top - Bottom);
}
