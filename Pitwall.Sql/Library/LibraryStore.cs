using System.Text.Json;
using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Library;

/// <summary>
/// The deployment's setup library (master_library), shared by every racer. Entries are read by
/// anyone; what goes in or comes out of a racer's sessions and cars is scoped to the browser's racer.
/// </summary>
public sealed class LibraryStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One page of the list, in one statement (Library_List.sql): its entries, the count and the filters' options.</summary>
    public async Task<LibraryPage> ListAsync(LibraryQuery q, CancellationToken ct = default)
    {
        var filters = new Dictionary<string, string?>
        {
            ["brand"] = Blank(q.Brand), ["model"] = Blank(q.Model), ["track"] = Blank(q.Track), ["traction"] = Blank(q.Traction),
            ["condition"] = Blank(q.Condition), ["search"] = Blank(q.Search),
        };
        var args = new DynamicParameters(new { before = q.Before, after = q.After, limit = LibraryQuery.PageSize });
        foreach (var (name, value) in filters.Where(f => f.Value is not null)) args.Add(name, value);
        var sql = SqlFiles.Get("Library_List", filters.Where(f => f.Value is not null).Select(f => f.Key).ToList());
        var rows = (await db.ReadAsync(c => c.QueryAsync<LibraryListRow>(new CommandDefinition(sql, args, cancellationToken: ct)), ct)).ToList();
        var found = rows.Where(r => r.Kind == "entry").Select(r => r.Entry)
            .OrderByDescending(e => e.DateCreated ?? DateOnly.MinValue).ThenByDescending(e => e.Id).ToList();
        var more = found.Count > LibraryQuery.PageSize;
        // Going newer, the entries just newer than the cursor are the page: the extra one is the newest.
        var entries = q.After is null ? found.Take(LibraryQuery.PageSize).ToList() : found.Skip(more ? 1 : 0).ToList();
        IReadOnlyList<string> Options(string facet) =>
            rows.Where(r => r.Kind == "option" && r.Facet == facet).Select(r => r.Value!).Order(StringComparer.Ordinal).ToList();
        return new LibraryPage(
            rows.Single(r => r.Kind == "count").Entries ?? 0, entries,
            HasOlder: q.After is not null || more, HasNewer: q.Before is not null || (q.After is not null && more),
            Options("brand"), Options("model"), Options("track"), Options("traction"), Options("condition"));
    }

    public Task<LibrarySetup?> GetAsync(int id, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<LibrarySetup>(new CommandDefinition(
            SqlFiles.Get("Library_Get"), new { id }, cancellationToken: ct)), ct);

    /// <summary>An entry and where it can go for the active racer, in one round trip; null when the entry does not exist.</summary>
    public Task<(LibrarySetup Entry, UseChoices Choices)?> UseChoicesAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        db.ReadAsync<(LibrarySetup, UseChoices)?>(async c =>
        {
            using var sets = await c.QueryMultipleAsync(new CommandDefinition(
                SqlFiles.Get("Library_Get") + "\n" + SqlFiles.Get("Library_UseChoices"), new { browser, id }, cancellationToken: ct));
            var entry = await sets.ReadSingleOrDefaultAsync<LibrarySetup>();
            var choices = new UseChoices((await sets.ReadAsync<DraftChoice>()).ToList(), (await sets.ReadAsync<CarTarget>()).ToList());
            return entry is null ? null : (entry, choices);
        }, ct);

    /// <summary>The track "Save to library" offers for a session ('' when it names none); null when the session is not the active racer's.</summary>
    public Task<string?> SessionTrackAsync(byte[]? browser, int session, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            SqlFiles.Get("Library_SessionTrack"), new { browser, id = session }, cancellationToken: ct)), ct);

    /// <summary>"Save to library" from a session (source "Promoted session") or a car's baseline, for the track the racer names.</summary>
    /// <returns>The new entry's id; null when the session or car is not the active racer's.</returns>
    public Task<int?> SaveFromSessionAsync(byte[]? browser, int session, string track, LibraryNotes notes, DateOnly today, CancellationToken ct = default) =>
        SaveFromAsync("Library_SessionSource", browser, session, track, LibrarySources.PromotedSession, notes, today, ct);

    public Task<int?> SaveFromCarAsync(byte[]? browser, int car, string track, string source, LibraryNotes notes, DateOnly today, CancellationToken ct = default) =>
        SaveFromAsync("Library_CarSource", browser, car, track, source, notes, today, ct);

    /// <returns>The new entry's id; null when there is no racer.</returns>
    public Task<int?> CreateAsync(byte[]? browser, LibraryFields f, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Library_Create"), Args(browser, f),
            cancellationToken: ct)), ct);

    // The source row is held FOR SHARE while the entry is written: what is copied is what was there.
    Task<int?> SaveFromAsync(string read, byte[]? browser, int id, string track, string source, LibraryNotes notes, DateOnly today, CancellationToken ct) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var from = await c.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(SqlFiles.Get(read), new { browser, id }, tx, cancellationToken: ct));
            if (from is null) return null;
            var fields = new LibraryFields(from.Brand, from.Model, track, from.Traction, from.SurfaceCondition, source, notes,
                SetupValues.Parse(from.Setup).ToJson(SetupShape.NestedEveryCell), today);
            var entry = await c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Library_Create"), Args(browser, fields), tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            return entry;
        }, ct);

    /// <summary>The entry's setup and the target's, for the staging view; null when the entry does not exist.</summary>
    public Task<StagingSetups?> StagingAsync(byte[]? browser, int id, UseTarget target, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<StagingSetups>(new CommandDefinition(SqlFiles.Get("Library_Staging"),
            new { browser, id, draft = target.Draft, car = target.Car }, cancellationToken: ct)), ct);

    /// <summary>
    /// Applies the chosen packages of an entry to a draft or a baseline in one transaction: the
    /// target is locked, the values copied exactly as the entry stores them, and written back in
    /// the target's shape (a draft flat, a baseline nested); a new baseline is an entry of the
    /// car's baseline history (source 'library'), the one it replaces kept there.
    /// </summary>
    public Task<(ApplyOutcome Outcome, int Changed)> ApplyAsync(byte[]? browser, int id, UseTarget target, IReadOnlyList<SetupPackage> packages, CancellationToken ct = default) =>
        db.WriteAsync<(ApplyOutcome, int)>(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var entry = await c.QuerySingleOrDefaultAsync<LibrarySetup>(new CommandDefinition(SqlFiles.Get("Library_Get"), new { id }, tx, cancellationToken: ct));
            if (entry is null) return (ApplyOutcome.NotFound, 0);
            var (lockFile, shape, targetId) = target.Draft is { } draft
                ? ("Library_LockDraft", SetupShape.Flat, draft)
                : ("Library_LockCar", SetupShape.Nested, target.Car ?? 0);
            var row = await c.QuerySingleOrDefaultAsync<LockedSetup>(new CommandDefinition(SqlFiles.Get(lockFile), new { browser, id = targetId }, tx, cancellationToken: ct));
            if (row is null) return (ApplyOutcome.NotFound, 0);
            if (target.Draft is not null && row.Status != "draft") return (ApplyOutcome.NotADraft, 0);
            var (before, source) = (SetupValues.Parse(row.Setup), SetupValues.Parse(entry.Setup));
            var setup = SetupTransfer.Apply(before, source, packages).ToJson(shape);
            if (target.Draft is not null)
                await c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Library_ApplyToDraft"), new { id = targetId, setup }, tx, cancellationToken: ct));
            else
            {
                // A new baseline goes through the car's baseline history (issue 13): the one it replaces is kept.
                await c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Baselines_KeepCurrent"), new { car = targetId }, tx, cancellationToken: ct));
                await c.ExecuteScalarAsync<int>(new CommandDefinition(SqlFiles.Get("Baselines_Replace"), new
                {
                    car = targetId, setup, source = "library", sessionid = (int?)null, restoredfrom = (int?)null,
                }, tx, cancellationToken: ct));
            }
            await tx.CommitAsync(ct);
            return (ApplyOutcome.Applied, SetupTransfer.Changes(before, source, packages).Count);
        }, ct);

    static object Args(byte[]? browser, LibraryFields f) => new
    {
        browser, brand = Blank(f.Brand), model = Blank(f.Model), trackname = Blank(f.TrackName), traction = Blank(f.Traction),
        surfacecondition = Blank(f.SurfaceCondition), source = f.Source, drivername = Blank(f.Notes.DriverName),
        eventname = Blank(f.Notes.EventName), notes = Blank(f.Notes.Notes), setup = f.Setup, today = f.Dated.ToDateTime(TimeOnly.MinValue),
    };

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    sealed record SourceRow(string Brand, string Model, string? Traction, string? SurfaceCondition, string Setup);

    sealed record LockedSetup(string Status, string Setup);
}
