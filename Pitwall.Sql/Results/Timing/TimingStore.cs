using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// Results from the timing system, for sessions of the active racer: what reading a paste needs
/// (one read), and the save of a heat (one statement, so one transaction). Every statement is
/// scoped to the browser's racer. Reads of a saved heat go through pitwall_result_json with its
/// result (<see cref="RunResult.Timing"/>).
/// </summary>
public sealed class TimingStore(Db db)
{
    // Nulls left out: a field of 40 drivers keeps only the figures its layout printed.
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <returns>Null when the session is not the active racer's.</returns>
    public Task<TimingContext?> ContextAsync(byte[]? browser, int sessionId, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<TimingContext>(new CommandDefinition(
            SqlFiles.Get("Timing_Context"), new { browser, sessionid = sessionId }, cancellationToken: ct)), ct);

    /// <returns>Saved with the new result's id, or NotFound when the session is not the active racer's (nothing written).</returns>
    public async Task<(ResultWriteOutcome Outcome, int Id)> SaveAsync(byte[]? browser, int sessionId, TimingSave save, CancellationToken ct = default)
    {
        var t = save.Timing;
        var id = await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Timing_Save"), new
        {
            browser, sessionid = sessionId,
            heat = save.Heat, racingclass = save.RacingClass, position = save.Position,
            laptimes = save.Laps.Count == 0 ? null : "[" + string.Join(",", save.Laps.Select(l => l.ToString(CultureInfo.InvariantCulture))) + "]",
            laps = save.LapsCompleted, best = save.Best, average = save.Average, total = save.Total, consistency = save.Consistency,
            layout = t.Layout.ToString(), description = t.Description, racename = t.RaceName, classname = t.ClassName,
            headingheat = t.HeatName, round = t.Round, racenumber = t.RaceNumber, length = t.Length,
            notes = JsonSerializer.Serialize(t.Notes, Json), racerline = t.RacerLine, chosenby = t.ChosenBy.ToString(),
            minimumlap = t.MinimumLap, field = JsonSerializer.Serialize(t.Field, Json),
            timingkey = save.TimingKey, timingname = save.TimingName, carnumber = save.CarNumber,
        }, cancellationToken: ct)), ct);
        return id is { } saved ? (ResultWriteOutcome.Saved, saved) : (ResultWriteOutcome.NotFound, 0);
    }
}
