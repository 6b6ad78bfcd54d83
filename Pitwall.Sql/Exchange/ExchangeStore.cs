using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;
using Pitwall.Sql.Database;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Exchange;

/// <summary>A car of the active racer out to an export file, and an export file in as a new car of the active racer.</summary>
public sealed class ExchangeStore(Db db)
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <returns>The export file (UTF-8 JSON text); null when the car is not the active racer's.</returns>
    public async Task<string?> ExportAsync(byte[]? browser, int car, DateTimeOffset now, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("Exchange_Export"), new { browser, car }, cancellationToken: ct)), ct);
        if (json is null) return null;
        var doc = JsonNode.Parse(json)!.AsObject();
        var file = new JsonObject
        {
            ["format"] = CarFile.Format,
            ["version"] = CarFile.Version,
            ["exportedAt"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        };
        // Setups in the file's one shape: flat keys, values and unknown keys as stored.
        var carNode = doc["car"]!.AsObject();
        carNode["baseline"] = Flat(carNode["baseline"]);
        foreach (var entry in carNode["baselineHistory"]!.AsArray())
            entry!["setup"] = Flat(entry["setup"]);
        foreach (var session in doc["sessions"]!.AsArray())
        {
            session!["setup"] = Flat(session["setup"]);
            session["results"] = new JsonArray(session["results"]!.AsArray().Select(r => (JsonNode?)FileResult(r!.AsObject())).ToArray());
        }
        file["car"] = carNode.DeepClone();
        file["sessions"] = doc["sessions"]!.DeepClone();
        file["changes"] = doc["changes"]!.DeepClone();
        return file.ToJsonString(Indented) + "\n";
    }

    /// <returns>Null when the car is not the active racer's.</returns>
    public async Task<CarSessions?> SessionsAsync(byte[]? browser, int car, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("Exchange_SessionsCsv"), new { browser, car }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<CarSessions>(json, Web);
    }

    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Whether this database's change log requires a session (the earlier tool's does): an import leaves a change of none out.</summary>
    public Task<bool> ChangesNeedASessionAsync(CancellationToken ct = default) =>
        db.ReadAsync(c => c.ExecuteScalarAsync<bool>(new CommandDefinition(SqlFiles.Get("Exchange_ChangesNeedASession"), cancellationToken: ct)), ct);

    static JsonNode Flat(JsonNode? setup) =>
        JsonNode.Parse(SetupValues.From(setup as JsonObject).ToJson(SetupShape.Flat))!;

    /// <summary>Creates the car, its sessions with results and closeouts, its baseline history and change log for the active racer, all or nothing (one transaction).</summary>
    /// <param name="nickname">The racer's new nickname for the car; null keeps the file's.</param>
    public Task<(ImportOutcome Outcome, int? Car)> ImportAsync(byte[]? browser, CarImport import, string? nickname, CancellationToken ct = default) =>
        db.WriteAsync<(ImportOutcome, int?)>(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            int? car;
            try
            {
                var data = import.Car;
                car = await c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Exchange_ImportCar"), new
                {
                    browser, brand = data.Brand, model = data.Model, nickname = nickname ?? data.Nickname,
                    transponder = data.Transponder, baseline = data.Baseline,
                }, tx, cancellationToken: ct));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "vehicles_profile_car_unique")
            {
                return (ImportOutcome.Duplicate, null);
            }
            if (car is null) return (ImportOutcome.NoRacer, null);
            // Sessions (with results and closeouts), then history entries, each kind in one statement.
            var sessions = (await c.QueryAsync<int>(new CommandDefinition(SqlFiles.Get("Exchange_ImportSessions"), new
            {
                car, sessions = new JsonArray(import.Sessions.Select(SessionNode).ToArray<JsonNode?>()).ToJsonString(),
            }, tx, cancellationToken: ct))).ToArray();
            if (import.BaselineHistory.Count > 0)
                await c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Exchange_ImportHistory"), new
                {
                    car, sessions, entries = new JsonArray(import.BaselineHistory.Select(HistoryNode).ToArray<JsonNode?>()).ToJsonString(),
                }, tx, cancellationToken: ct));
            if (import.Changes.Count > 0)
            {
                var changes = new JsonArray(import.Changes.Select(ChangeNode).ToArray<JsonNode?>()).ToJsonString();
                await c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Exchange_ImportChanges"), new { car, sessions, changes },
                    tx, cancellationToken: ct));
            }
            await tx.CommitAsync(ct);
            return (ImportOutcome.Imported, car);
        }, ct);

    /// <summary>A result as pitwall_result_json gives it, in the file's order and names (bestLap, averageLap, totalTime).</summary>
    static JsonObject FileResult(JsonObject r) => new()
    {
        ["id"] = r["id"]?.DeepClone(), ["heat"] = r["heat"]?.DeepClone(), ["racingClass"] = r["racingClass"]?.DeepClone(),
        ["position"] = r["position"]?.DeepClone(), ["lapTimes"] = r["lapTimes"]?.DeepClone(), ["laps"] = r["laps"]?.DeepClone(),
        ["bestLap"] = r["best"]?.DeepClone(), ["averageLap"] = r["average"]?.DeepClone(), ["totalTime"] = r["total"]?.DeepClone(),
        ["consistency"] = r["consistency"]?.DeepClone(), ["liveRcEventId"] = r["liveRcEventId"]?.DeepClone(),
        ["liveRcDriverId"] = r["liveRcDriverId"]?.DeepClone(),
    };

    static JsonNode SessionNode(SessionData s) => new JsonObject
    {
        ["name"] = s.Name, ["type"] = s.Type, ["date"] = s.Date, ["trackName"] = s.TrackName, ["trackSize"] = s.TrackSize,
        ["traction"] = s.Traction, ["surfaceType"] = s.SurfaceType, ["surfaceCondition"] = s.SurfaceCondition, ["status"] = s.Status,
        ["setup"] = JsonNode.Parse(s.Setup), ["results"] = new JsonArray(s.Results.Select(ResultNode).ToArray<JsonNode?>()),
        ["closeout"] = s.Closeout is { } k
            ? new JsonObject { ["rating"] = k.Rating, ["feel"] = k.Feel, ["observation"] = k.Observation, ["closedAt"] = k.ClosedAt }
            : null,
    };

    static JsonNode HistoryNode(BaselineEntryData h) => new JsonObject
    {
        ["setup"] = JsonNode.Parse(h.Setup), ["source"] = h.Source, ["session"] = h.Session, ["restoredFrom"] = h.RestoredFrom,
        ["savedAt"] = h.SavedAt,
    };

    static JsonNode ResultNode(ResultData r) => new JsonObject
    {
        ["heat"] = r.Heat, ["racingClass"] = r.RacingClass, ["position"] = r.Position,
        ["lapTimes"] = r.LapTimes is null ? null : JsonNode.Parse(r.LapTimes), ["laps"] = r.Laps,
        ["bestLap"] = Raw(r.BestLap), ["averageLap"] = Raw(r.AverageLap), ["totalTime"] = Raw(r.TotalTime),
        ["consistency"] = Raw(r.Consistency), ["liveRcEventId"] = r.LiveRcEventId, ["liveRcDriverId"] = r.LiveRcDriverId,
    };

    static JsonNode ChangeNode(ChangeData c) => new JsonObject
    {
        ["session"] = c.Session, ["previousSession"] = c.PreviousSession, ["parameter"] = c.Parameter,
        ["oldValue"] = c.OldValue, ["newValue"] = c.NewValue, ["lapTimeBefore"] = Raw(c.LapTimeBefore),
        ["lapTimeAfter"] = Raw(c.LapTimeAfter), ["source"] = c.Source, ["status"] = c.Status, ["createdAt"] = c.CreatedAt,
        ["outcome"] = c.Outcome, ["comparedWith"] = c.ComparedWith,
    };

    static JsonNode? Raw(string? number) => number is null ? null : JsonNode.Parse(number);
}
