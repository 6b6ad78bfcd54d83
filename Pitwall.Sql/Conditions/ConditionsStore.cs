using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Conditions;

/// <summary>
/// Conditions through the day, in the earlier tool's sessions.weather (README "At the track"). Every
/// statement is scoped to the browser's racer: another racer's session is never read or changed.
/// </summary>
public sealed class ConditionsStore(Db db)
{
    /// <returns>The sessions asked for that are the active racer's (one for a session's view, two for Compare).</returns>
    public async Task<IReadOnlyList<ConditionsRow>> ForSessionsAsync(byte[]? browser, int[] ids, CancellationToken ct = default) =>
        (await db.ReadAsync(c => c.QueryAsync<ConditionsRow>(new CommandDefinition(
            SqlFiles.Get("Conditions_ForSessions"), new { browser, ids }, cancellationToken: ct)), ct)).ToList();

    public Task<ConditionsOutcome> AddAsync(byte[]? browser, int session, NewConditions entry, CancellationToken ct = default) =>
        WriteAsync("Conditions_Add", new
        {
            browser, id = session, key = ConditionsRules.Key, max = ConditionsRules.MaxEntries,
            airc = entry.AirC, trackc = entry.TrackC, humidity = entry.HumidityPct, sky = entry.Sky, grip = entry.Grip, note = entry.Note,
            unit = entry.Unit == TemperatureUnit.Fahrenheit ? "F" : "C",
        }, ct);

    public Task<ConditionsOutcome> RemoveAsync(byte[]? browser, int session, int n, CancellationToken ct = default) =>
        WriteAsync("Conditions_Remove", new { browser, id = session, key = ConditionsRules.Key, n }, ct);

    async Task<ConditionsOutcome> WriteAsync(string file, object args, CancellationToken ct) =>
        SqlOutcome.Of(await db.WriteAsync(c => c.ExecuteScalarAsync<string>(new CommandDefinition(SqlFiles.Get(file), args, cancellationToken: ct)), ct), Words);

    static readonly Dictionary<string, ConditionsOutcome> Words = new()
    {
        ["saved"] = ConditionsOutcome.Saved, ["full"] = ConditionsOutcome.Full, ["unreadable"] = ConditionsOutcome.Unreadable,
        ["not_found"] = ConditionsOutcome.NotFound,
    };
}
