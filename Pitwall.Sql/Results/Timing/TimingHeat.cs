namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// A heat as the timing system printed it, stored once with the racer's result (timing_heats) and
/// read with it (pitwall_result_json's 'timing'): the layout and heading, the notes on what the
/// paste could not give, the whole field, which line is the racer's and how it was chosen, and
/// for decoder passings the minimum lap they were read with.
/// </summary>
public sealed record TimingHeat(
    TimingLayout Layout, string Description, string? RaceName, string? ClassName, string? HeatName, string? Round,
    int? RaceNumber, string? Length, IReadOnlyList<string> Notes, int RacerLine, ChosenBy ChosenBy, decimal? MinimumLap,
    IReadOnlyList<FieldLine> Field)
{
    FieldStanding? _standing;

    public FieldLine Racer => Field[RacerLine];

    public FieldStanding Standing => _standing ??= FieldStanding.Of(Field, RacerLine);

    /// <summary>The timing system, as a racer names it: a figure it printed is labelled with this.</summary>
    public string SystemName => SystemOf(Layout);

    public static string SystemOf(TimingLayout layout) => layout switch
    {
        TimingLayout.LiveRcRace or TimingLayout.LiveRcLaps => "LiveRC",
        TimingLayout.RcScoringPro => "RC Scoring Pro",
        TimingLayout.MyRcm => "MyRCM",
        TimingLayout.MyLaps => "MyLaps/Orbits",
        TimingLayout.DecoderPassings => "the decoder",
        _ => "the timing system",
    };

    /// <summary>"Round Main Events · Race #10 · 20:00 Timed": the heading beyond class and heat, as printed.</summary>
    public string HeadingDetails => string.Join(" · ", new[]
    {
        Round is { } r ? $"Round {r}" : null, RaceNumber is { } n ? $"Race #{n}" : null, Length,
    }.OfType<string>());
}
