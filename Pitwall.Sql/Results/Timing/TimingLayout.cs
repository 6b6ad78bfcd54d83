using System.Text.Json.Serialization;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// The layouts racers paste from a timing system, as <see cref="TimingParser"/> recognises them.
/// Written by name in JSON (timing_heats.layout, pitwall_result_json), as the database's rule lists them.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimingLayout>))]
public enum TimingLayout
{
    /// <summary>Lap times one after another, as <see cref="LapParser"/> reads them: the fallback.</summary>
    PlainLaps,
    /// <summary>LiveRC's race result table, copied from a browser.</summary>
    LiveRcRace,
    /// <summary>LiveRC's per-driver lap view (Lap, Pos, Time, Pace).</summary>
    LiveRcLaps,
    /// <summary>RC Scoring Pro's fixed-width printout: summary lines, then a lap grid per car number.</summary>
    RcScoringPro,
    /// <summary>MyRCM's results table and/or its Laptimes grid.</summary>
    MyRcm,
    /// <summary>MyLaps / Orbits results and/or lap times, tab-separated.</summary>
    MyLaps,
    /// <summary>A decoder's legacy ASCII feed of passings.</summary>
    DecoderPassings,
}
