namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// Laps from a decoder's passings: a lap is the time between two passings of one transponder.
/// A loop can read one crossing twice, so a passing sooner than the minimum lap after the last
/// kept passing is a double read: it is dropped and counted, and the lap runs on from the kept one.
/// </summary>
public static class DecoderLaps
{
    public const decimal DefaultMinimumLap = 5m;

    /// <summary>Per transponder in the order each first passed; passings must be in time order per transponder.</summary>
    public static IReadOnlyList<TransponderLaps> From(IReadOnlyList<Passing> passings, decimal minimumLap = DefaultMinimumLap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumLap);
        return passings.GroupBy(p => p.Transponder).Select(g => Of(g.Key, g.ToList(), minimumLap)).ToList();
    }

    static TransponderLaps Of(string transponder, List<Passing> passings, decimal minimumLap)
    {
        var (laps, doubleReads, kept) = (new List<decimal>(), 0, passings[0].Seconds);
        foreach (var passing in passings.Skip(1))
        {
            var lap = passing.Seconds - kept;
            if (lap < 0)
                throw new ArgumentException($"Transponder {transponder}'s passings are not in time order.", nameof(passings));
            if (lap < minimumLap)
            {
                doubleReads++;
                continue;
            }
            laps.Add(lap);
            kept = passing.Seconds;
        }
        return new(transponder, laps, doubleReads);
    }
}
