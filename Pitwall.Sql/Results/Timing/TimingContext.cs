namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// What reading a paste for a session of the active racer needs (Timing_Context.sql): the racer's
/// name and the session's car with its transponder, to find the racer in the field; what the
/// racer chose before (timing names, the newest car number, this car's first); and the session's
/// minimum lap for decoder passings, null where the racer never set one.
/// </summary>
public sealed record TimingContext(
    int SessionId, int CarId, string RacerName, string? Transponder, decimal? MinimumLap, string? RememberedCarNumber,
    string? RememberedKeyLines)
{
    /// <summary>The timing keys the racer chose before (one a line in the read: a key never holds a line break).</summary>
    public IReadOnlySet<string> RememberedKeys => _keys ??= (RememberedKeyLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
    IReadOnlySet<string>? _keys;

    /// <summary>The session's minimum lap, or Pitwall's default.</summary>
    public decimal MinimumLapOrDefault => MinimumLap ?? DecoderLaps.DefaultMinimumLap;
}
