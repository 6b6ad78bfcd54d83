using Pitwall.Sql.Print;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Print;

/// <summary>The printed sheet: a session's setup (values that differ from the car's baseline marked) or a car's baseline.</summary>
public sealed record PrintView(PrintSheet Sheet)
{
    readonly SetupValues _baseline = SetupValues.From(Sheet.Baseline);
    SetupValues? _setup;

    public SetupValues Setup => _setup ??= Sheet.Session is { } s ? SetupValues.From(s.Setup) : _baseline;

    public string Title => Sheet.Session is { } s ? $"{s.Name} · {Sheet.Car}" : $"Baseline · {Sheet.Car}";

    /// <summary>Whether this value of a session differs from the baseline (a baseline's own sheet marks nothing).</summary>
    public bool Differs(SetupParameter p) => Sheet.Session is not null && !SetupEquality.Same(p, _baseline[p.Key], Setup[p.Key]);

    public string? BaselineValue(SetupParameter p) => _baseline[p.Key];

    public string Conditions => Sheet.Session is { } s
        ? string.Join(" · ", new[] { s.TrackName, s.TrackSize is null ? null : $"{s.TrackSize} track", s.Traction is null ? null : $"{s.Traction} traction", s.SurfaceType, s.SurfaceCondition }
            .Where(t => !string.IsNullOrWhiteSpace(t)))
        : "";
}
