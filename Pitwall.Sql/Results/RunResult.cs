using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Results;

/// <summary>
/// A result as race_results holds it (pitwall_result_json's keys): heat_name, race_class, the
/// total in seconds, consistency as LiveRC's percentage, LiveRC's event and driver ids. Its laps
/// are read when lap_times can be (numbers, or strings such as "41.9" or "1:02.3", as other tools
/// wrote them); <see cref="Figures"/> says which figure comes from where. A
/// result pasted from a timing system carries its heat as printed, with the whole field (V20).
/// </summary>
public sealed record RunResult(
    int Id, string? Heat, string? RacingClass, int? Position, JsonNode? LapTimes,
    int? Laps, decimal? Best, decimal? Average, decimal? Total, decimal? Consistency,
    string? LiveRcEventId = null, string? LiveRcDriverId = null, Timing.TimingHeat? Timing = null)
{
    // Read once: a view asks for the laps and the figures several times per result.
    IReadOnlyList<decimal>? _laps;
    LapFigures? _figures;

    public IReadOnlyList<decimal> LapList => _laps ??= ReadLaps(LapTimes) ?? [];

    public bool HasLaps => LapList.Count > 0;

    /// <summary>
    /// One home per figure. The earlier tool's five columns (laps, best, average, total,
    /// consistency) are stored when the result is saved (LapFigures, once) and read as stored here,
    /// as the tool and every SQL list read them; a column left empty (the tool's own rows may)
    /// falls back to the laps. The figures no column holds (s, fade, best 3 consecutive, ORP) are
    /// computed from the laps on read and never stored. Without laps, a heat from a timing system
    /// still has the Top 3 Consecutive it printed.
    /// </summary>
    public LapFigures Figures => _figures ??= HasLaps
        ? AsStored(LapFigures.Of(LapList))
        : LapFigures.Stored(Laps, Best, Average, Total, Consistency) with { Best3Consecutive = Timing?.Racer.Top3Consecutive };

    LapFigures AsStored(LapFigures fromLaps) => fromLaps with
    {
        Laps = Laps ?? fromLaps.Laps, Best = Best ?? fromLaps.Best, Average = Average ?? fromLaps.Average,
        Total = Total ?? fromLaps.Total, Consistency = Consistency ?? fromLaps.Consistency,
    };

    /// <summary>Laps from a JSON array of numbers or time strings; null when any element is neither.</summary>
    public static IReadOnlyList<decimal>? ReadLaps(JsonNode? node)
    {
        if (node is not JsonArray array || array.Count == 0) return null;
        var laps = new List<decimal>(array.Count);
        foreach (var item in array)
        {
            decimal? lap = item is JsonValue v
                ? v.GetValueKind() switch
                {
                    JsonValueKind.Number => v.GetValue<decimal>(),
                    JsonValueKind.String => LapParser.ReadTime(v.GetValue<string>().Trim()),
                    _ => null,
                }
                : null;
            if (lap is not { } l) return null;
            laps.Add(l);
        }
        return laps;
    }
}
