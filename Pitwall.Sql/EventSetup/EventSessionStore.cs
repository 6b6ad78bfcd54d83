using System.Text.Json;
using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.EventSetup;

/// <summary>Racing sessions (the earlier tool's "sessions" table) of the active racer: drafts, locking, the panel.</summary>
public sealed class EventSessionStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="open">The session to show; null shows the racer's newest draft.</param>
    /// <returns>Null when there is no racer at all.</returns>
    public async Task<EventSetupPanel?> PanelAsync(byte[]? session, int? open, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("EventSessions_Panel"), new { session, open }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<EventSetupPanel>(json, Json);
    }

    public Task<SessionSetup?> GetAsync(byte[]? session, int id, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<SessionSetup>(new CommandDefinition(
            SqlFiles.Get("EventSessions_Get"), new { session, id }, cancellationToken: ct)), ct);

    /// <summary>A draft whose setup is the car's baseline in the session's (flat) shape: one transaction.</summary>
    /// <returns>The new draft's id; null when the car is not the active racer's.</returns>
    public Task<int?> CreateDraftAsync(byte[]? session, int car, SessionDetails d, CancellationToken ct = default) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var baseline = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                SqlFiles.Get("EventSessions_CarBaseline"), new { session, car }, tx, cancellationToken: ct));
            if (baseline is null) return null;
            var setup = SetupValues.Parse(baseline).ToJson(SetupShape.Flat);
            var id = await c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("EventSessions_CreateDraft"),
                Args(session, d, new { car, setup }), tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            return id;
        }, ct);

    /// <summary>
    /// Saves a draft as typed: one statement. With <paramref name="lockIt"/> it is locked in the
    /// same statement and, in the same transaction, what it changed is logged (setup_changes).
    /// </summary>
    public async Task<DraftOutcome> SaveDraftAsync(byte[]? session, int id, SessionDetails d, string setupJson, bool lockIt = false, CancellationToken ct = default) =>
        await db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var outcome = await c.ExecuteScalarAsync<string>(new CommandDefinition(SqlFiles.Get("EventSessions_SaveDraft"),
                Args(session, d, new { id, setup = setupJson, @lock = lockIt }), tx, cancellationToken: ct));
            if (outcome == "saved" && lockIt) await Changes.ChangeStore.LogLockAsync(c, tx, session, id, ct);
            await tx.CommitAsync(ct);
            return outcome;
        }, ct) switch
        {
            "saved" => DraftOutcome.Saved,
            "locked" => DraftOutcome.NotADraft,
            _ => DraftOutcome.NotFound,
        };

    static DynamicParameters Args(byte[]? session, SessionDetails d, object extra)
    {
        var args = new DynamicParameters(extra);
        args.AddDynamicParams(new
        {
            session, name = d.Name, type = d.Type, date = d.Date.ToDateTime(TimeOnly.MinValue), trackname = d.TrackName, tracksize = d.TrackSize,
            traction = d.Traction, surfacetype = d.SurfaceType, surfacecondition = d.SurfaceCondition,
        });
        return args;
    }
}
