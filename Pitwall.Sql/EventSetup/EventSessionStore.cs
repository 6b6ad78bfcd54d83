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
    public async Task<EventSetupContent?> PanelAsync(byte[]? browser, int? open, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("EventSessions_Panel"), new { browser, open }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<EventSetupContent>(json, Json);
    }

    /// <summary>EventSessions_Get.sql's row as Dapper reads it: the two setups as JSON text.</summary>
    sealed record StoredSetup(int Id, string Status, string Setup, string Baseline, string? Type, string? TrackSize, string? Traction);

    /// <summary>A draft whose setup is the car's baseline in the session's (flat) shape: one transaction.</summary>
    /// <returns>The new draft's id; null when the car is not the active racer's.</returns>
    public Task<int?> CreateDraftAsync(byte[]? browser, int car, SessionDetails d, CancellationToken ct = default) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var baseline = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                SqlFiles.Get("EventSessions_CarBaseline"), new { browser, car }, tx, cancellationToken: ct));
            if (baseline is null) return null;
            var setup = SetupValues.Parse(baseline).ToJson(SetupShape.Flat);
            var id = await c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("EventSessions_CreateDraft"),
                Args(browser, d, new { car, setup }), tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            return id;
        }, ct);

    /// <summary>
    /// Saves a draft as typed and, with <paramref name="lockIt"/>, locks it: one statement, in a
    /// transaction that also logs what the lock changed (setup_changes).
    /// </summary>
    public Task<DraftOutcome> SaveDraftAsync(byte[]? browser, int id, SessionDetails d, string setupJson, bool lockIt = false, CancellationToken ct = default) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var outcome = await SaveAsync(c, tx, browser, id, d, setupJson, lockIt, ct);
            await tx.CommitAsync(ct);
            return outcome;
        }, ct);

    /// <summary>
    /// Saves what the racer typed in one transaction: the session is read FOR UPDATE (its setup and
    /// baseline parsed once, here), <paramref name="check"/> turns it into what to save, or null when
    /// what was typed is invalid (nothing is written), and the save (and lock, with its change log) follows.
    /// </summary>
    public Task<DraftOutcome> SaveDraftAsync(byte[]? browser, int id, Func<SessionSetup, (SessionDetails Details, string Setup)?> check,
        bool lockIt, CancellationToken ct = default) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var row = await c.QuerySingleOrDefaultAsync<StoredSetup>(new CommandDefinition(
                SqlFiles.Get("EventSessions_Get"), new { browser, id }, tx, cancellationToken: ct));
            if (row is null) return DraftOutcome.NotFound;
            var stored = new SessionSetup(row.Id, row.Status, SetupValues.Parse(row.Setup), SetupValues.Parse(row.Baseline), row.Type, row.TrackSize, row.Traction);
            if (check(stored) is not { } save) return DraftOutcome.Invalid;
            var outcome = await SaveAsync(c, tx, browser, id, save.Details, save.Setup, lockIt, ct);
            await tx.CommitAsync(ct);
            return outcome;
        }, ct);

    /// <summary>The save (and lock) statement; a lock that saved logs what it changed in the caller's transaction.</summary>
    static async Task<DraftOutcome> SaveAsync(Npgsql.NpgsqlConnection c, System.Data.IDbTransaction tx, byte[]? browser, int id,
        SessionDetails d, string setupJson, bool lockIt, CancellationToken ct)
    {
        var outcome = await c.ExecuteScalarAsync<string>(new CommandDefinition(SqlFiles.Get("EventSessions_SaveDraft"),
            Args(browser, d, new { id, setup = setupJson, @lock = lockIt }), tx, cancellationToken: ct)) switch
        {
            "saved" => DraftOutcome.Saved,
            "locked" => DraftOutcome.NotADraft,
            _ => DraftOutcome.NotFound,
        };
        if (outcome == DraftOutcome.Saved && lockIt) await Changes.ChangeStore.LogLockAsync(c, tx, browser, id, ct);
        return outcome;
    }

    static DynamicParameters Args(byte[]? browser, SessionDetails d, object extra)
    {
        var args = new DynamicParameters(extra);
        args.AddDynamicParams(new
        {
            browser, name = d.Name, type = d.Type, date = d.Date.ToDateTime(TimeOnly.MinValue), trackname = d.TrackName, tracksize = d.TrackSize,
            traction = d.Traction, surfacetype = d.SurfaceType, surfacecondition = d.SurfaceCondition,
        });
        return args;
    }
}
