using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;

namespace Pitwall.Web.Features.Results;

/// <summary>A result pasted from a timing system, as its session shows it: where the racer stands, the printed figures beside Pitwall's, the field chart and the field.</summary>
public sealed record TimingResultView(RunResult Result, TimingHeat Heat)
{
    public FieldStanding Standing => Heat.Standing;

    public IReadOnlyList<PrintedFigure> Printed => _printed ??= PrintedFigure.Of(Heat.Racer, Result.LapList);
    IReadOnlyList<PrintedFigure>? _printed;

    public FieldChart Chart => new($"field-chart-{Result.Id}", Result, Heat);

    /// <summary>How the line was found, in the racer's words.</summary>
    public string FoundBy => Heat.ChosenBy switch
    {
        Pitwall.Sql.Results.Timing.ChosenBy.Transponder => "found by your car's transponder",
        Pitwall.Sql.Results.Timing.ChosenBy.CarNumber => "found by your car number",
        Pitwall.Sql.Results.Timing.ChosenBy.Remembered => "found by the name you chose before",
        Pitwall.Sql.Results.Timing.ChosenBy.Name => "found by your name",
        _ => "chosen by you",
    };

    /// <summary>"Qualified 2nd · 7.478 behind": what the line prints about the race beyond its figures.</summary>
    public string RaceDetails => string.Join(" · ", new[]
    {
        Heat.Racer.Qualified is { } q ? $"qualified {FieldRank.Ordinal(q)}" : null,
        Heat.Racer.Behind is { } b ? $"{b.Printed} behind" : null,
        Heat.Racer.DoubleReads is { } reads
            ? $"{(reads == 1 ? "1 double read" : $"{reads} double reads")} dropped (passings less than {(Heat.MinimumLap ?? DecoderLaps.DefaultMinimumLap):0.###} s after the last kept one)"
            : null,
    }.OfType<string>());
}
