using System.Globalization;
using System.Text.Json;
using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Results;

/// <summary>Results (race_results) of the active racer's sessions. Every statement is scoped to the browser's racer.</summary>
public sealed class ResultStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SessionResults?> ForSessionAsync(byte[]? browser, int sessionId, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("Results_ForSession"), new { browser, sessionid = sessionId }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<SessionResults>(json, Json);
    }

    public Task<ResultRow?> GetAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<ResultRow>(new CommandDefinition(
            SqlFiles.Get("Results_Get"), new { browser, id }, cancellationToken: ct)), ct);

    /// <returns>The new result's id; null when the session is not the active racer's.</returns>
    public Task<int?> CreateAsync(byte[]? browser, int sessionId, ResultFields fields, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Results_Create"),
            Args(browser, fields, new { sessionid = sessionId }), cancellationToken: ct)), ct);

    /// <param name="keepFigures">An adopted result without laps, saved without laps: its stored figures stay.</param>
    /// <returns>The result's session id; null when the result is not the active racer's.</returns>
    public Task<int?> UpdateAsync(byte[]? browser, int id, ResultFields fields, bool keepFigures, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Results_Update"),
            Args(browser, fields, new { id, keepfigures = keepFigures }), cancellationToken: ct)), ct);

    /// <returns>The deleted result's session id; null when the result is not the active racer's.</returns>
    public Task<int?> DeleteAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(
            SqlFiles.Get("Results_Delete"), new { browser, id }, cancellationToken: ct)), ct);

    public async Task<CarPerformance?> CarPerformanceAsync(byte[]? browser, int car, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("Results_CarPerformance"), new { browser, car }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<CarPerformance>(json, Json);
    }

    static DynamicParameters Args(byte[]? browser, ResultFields f, object extra)
    {
        var figures = LapFigures.Of(f.Laps);
        var args = new DynamicParameters(extra);
        args.AddDynamicParams(new
        {
            browser, heat = f.Heat, racingclass = f.RacingClass, position = f.Position,
            laptimes = f.Laps.Count == 0 ? null : "[" + string.Join(",", f.Laps.Select(l => l.ToString(CultureInfo.InvariantCulture))) + "]",
            laps = f.Laps.Count == 0 ? (int?)null : f.Laps.Count,
            best = figures.Best, average = figures.Average, total = figures.Total, stddev = figures.StdDev,
        });
        return args;
    }
}
