using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.EventSetup;

/// <summary>Racing sessions (the earlier tool's "sessions" table) of the active racer: drafts, locking, the panel.</summary>
public sealed class EventSessionStore(Db db)
{
    /// <param name="open">The session to show; null shows the racer's newest draft.</param>
    /// <returns>Null when there is no racer at all.</returns>
    public async Task<EventSetupContent?> PanelAsync(byte[]? browser, int? open, CancellationToken ct = default)
    {
        var rows = (await db.ReadAsync(c => c.QueryAsync<PanelRow>(new CommandDefinition(
            SqlFiles.Get("EventSessions_Panel"), new { browser, open }, cancellationToken: ct)), ct)).AsList();
        if (rows.Find(r => r.Kind == "racer") is not { } racer) return null;
        var cars = rows.Where(r => r.Kind == "car").Select(r => new CarChoice(r.Id, r.Brand!, r.Model!, r.Nickname)).ToList();
        var opened = rows.Find(r => r.Kind == "open") is { } o
            ? new OpenSession(o.Id, o.CarId!.Value, o.Name, o.Type!, o.Date, o.TrackName, o.TrackSize, o.Traction, o.SurfaceType, o.SurfaceCondition,
                              o.Status!, SetupValues.Parse(o.Setup!), SetupValues.Parse(o.Baseline!))
            : null;
        var past = rows.Where(r => r.Kind == "past").Select(r => new PastSession(r.Id, r.CarId!.Value, r.Name, r.Type!, r.Date, r.Status!, r.BestLap)).ToList();
        return new EventSetupContent(racer.Id, racer.Name!, cars, opened, past);
    }

    /// <summary>EventSessions_Panel.sql's row: a kind, its order within the kind, and the columns that kind fills.</summary>
    sealed record PanelRow(string Kind, long N, int Id, int? CarId, string? Name, string? Brand, string? Model, string? Nickname, string? Type, DateOnly? Date,
                           string? TrackName, string? TrackSize, string? Traction, string? SurfaceType, string? SurfaceCondition,
                           string? Status, string? Setup, string? Baseline, decimal? BestLap);

    /// <summary>EventSessions_Get.sql's row as Dapper reads it: the two setups as JSON text.</summary>
    sealed record StoredSetup(int Id, string Status, string Setup, string Baseline, string? Type, string? TrackSize, string? Traction, string Version);

    /// <summary>A session of the active racer as stored, to check a draft against before saving it (no lock is held).</summary>
    /// <returns>Null when the session is not the active racer's.</returns>
    public async Task<SessionSetup?> StoredAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<StoredSetup>(new CommandDefinition(
            SqlFiles.Get("EventSessions_Get"), new { browser, id }, cancellationToken: ct)), ct) is { } row
            ? new SessionSetup(row.Id, row.Status, SetupValues.Parse(row.Setup), SetupValues.Parse(row.Baseline), row.Type, row.TrackSize,
                row.Traction, row.Version)
            : null;

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
    /// Saves a draft as typed and checked and, with <paramref name="lockIt"/>, locks it: one
    /// statement, in a transaction that also logs what the lock changed (setup_changes). With
    /// <paramref name="version"/> (as <see cref="StoredAsync"/> read it) the save goes ahead only
    /// while the session is unchanged since: else <see cref="DraftOutcome.Changed"/>.
    /// </summary>
    public Task<DraftOutcome> SaveDraftAsync(byte[]? browser, int id, SessionDetails d, string setupJson, bool lockIt = false,
        string? version = null, CancellationToken ct = default) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var outcome = await SaveAsync(c, tx, browser, id, d, setupJson, lockIt, version, ct);
            await tx.CommitAsync(ct);
            return outcome;
        }, ct);

    static readonly Dictionary<string, DraftOutcome> SaveWords = new()
    {
        ["saved"] = DraftOutcome.Saved, ["locked"] = DraftOutcome.NotADraft, ["changed"] = DraftOutcome.Changed, ["not_found"] = DraftOutcome.NotFound,
    };

    /// <summary>The save (and lock) statement; a lock that saved logs what it changed in the caller's transaction.</summary>
    static async Task<DraftOutcome> SaveAsync(Npgsql.NpgsqlConnection c, System.Data.IDbTransaction tx, byte[]? browser, int id,
        SessionDetails d, string setupJson, bool lockIt, string? version, CancellationToken ct)
    {
        var outcome = SqlOutcome.Of(await c.ExecuteScalarAsync<string>(new CommandDefinition(SqlFiles.Get("EventSessions_SaveDraft"),
            Args(browser, d, new { id, setup = setupJson, @lock = lockIt, version }), tx, cancellationToken: ct)), SaveWords);
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
