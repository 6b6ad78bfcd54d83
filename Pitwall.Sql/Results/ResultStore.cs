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

    /// <returns>Saved, or NotFound when the session is not the active racer's.</returns>
    public async Task<ResultWriteOutcome> CreateAsync(byte[]? browser, int sessionId, ResultFields fields, CancellationToken ct = default) =>
        (await WriteAsync("Results_Create", Args(browser, fields, new { sessionid = sessionId }), ct)).Outcome;

    /// <summary>An adopted result without laps, saved without laps, keeps its stored figures (decided in the statement).</summary>
    /// <returns>Saved with the result's session id, or NotFound when the result is not the active racer's.</returns>
    public Task<(ResultWriteOutcome Outcome, int SessionId)> UpdateAsync(byte[]? browser, int id, ResultFields fields, CancellationToken ct = default) =>
        WriteAsync("Results_Update", Args(browser, fields, new { id }), ct);

    /// <returns>Saved with the deleted result's session id, or NotFound when the result is not the active racer's.</returns>
    public Task<(ResultWriteOutcome Outcome, int SessionId)> DeleteAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        WriteAsync("Results_Delete", new { browser, id }, ct);

    // Each statement returns one id when it changed a row of this racer's, nothing otherwise.
    async Task<(ResultWriteOutcome Outcome, int Id)> WriteAsync(string file, object args, CancellationToken ct) =>
        await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get(file), args, cancellationToken: ct)), ct) is { } id
            ? (ResultWriteOutcome.Saved, id)
            : (ResultWriteOutcome.NotFound, 0);

    /// <summary>
    /// One page of a car's Performance (<see cref="CarPerformance.PageSize"/> sessions, newest first),
    /// starting after the session <paramref name="before"/> when given; null for another racer's car.
    /// </summary>
    public async Task<CarPerformance?> CarPerformanceAsync(byte[]? browser, int car, int? before = null, CancellationToken ct = default)
    {
        var sql = SqlFiles.Get("Results_CarPerformance", before is null ? [] : ["before"]);
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            sql, new { browser, car, before, size = CarPerformance.PageSize }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<CarPerformance>(json, Json)!.Paged(before);
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
            best = figures.Best, average = figures.Average, total = figures.Total, consistency = figures.Consistency,
        });
        return args;
    }
}
