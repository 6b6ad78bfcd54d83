using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Baselines;

/// <summary>
/// Baseline history of the active racer's cars: "Make baseline" from a session and restoring an
/// earlier baseline, each one transaction that holds the car's row, keeps the baseline it replaces
/// and adds the new one as an entry: nothing is overwritten.
/// </summary>
public sealed class BaselineStore(Db db)
{
    /// <summary>Typed rows, an entry each (Baselines_ForCar.sql); null for another racer's car.</summary>
    public async Task<BaselineHistory?> ForCarAsync(byte[]? browser, int car, CancellationToken ct = default)
    {
        var rows = (await db.ReadAsync(c => c.QueryAsync<HistoryRow>(new CommandDefinition(
            SqlFiles.Get("Baselines_ForCar"), new { browser, car }, cancellationToken: ct)), ct)).AsList();
        if (rows.Count == 0) return null;
        var entries = rows.Where(r => r.Id is not null)
            .Select(r => new BaselineEntry(r.Id!.Value, r.Source!, r.SessionId, r.SessionName, r.RestoredFrom, r.SavedAt!.Value, r.IsCurrent == true)).ToList();
        return new BaselineHistory(rows[0].CarId, rows[0].Brand, rows[0].Model, rows[0].Nickname, entries);
    }

    sealed record HistoryRow(int CarId, string Brand, string Model, string? Nickname, int? Id, string? Source, int? SessionId, string? SessionName,
                             int? RestoredFrom, DateTime? SavedAt, bool? IsCurrent);

    /// <summary>The session's setup becomes its car's baseline (stored nested, as the baseline column is).</summary>
    /// <returns>The car's id; null when the session is not the active racer's.</returns>
    public Task<int?> MakeFromSessionAsync(byte[]? browser, int session, CancellationToken ct = default) =>
        ReplaceAsync("Baselines_LockFromSession", new { browser, session }, "session", session, null,
            setup => SetupValues.Parse(setup).ToJson(SetupShape.Nested), ct);

    /// <summary>An earlier baseline becomes the car's baseline again, as it was stored; itself a new entry.</summary>
    /// <returns>The car's id; null when the entry is not of the active racer's car.</returns>
    public Task<int?> RestoreAsync(byte[]? browser, int entry, CancellationToken ct = default) =>
        ReplaceAsync("Baselines_LockEntry", new { browser, entry }, "restored", null, entry, setup => setup, ct);

    Task<int?> ReplaceAsync(string lockSql, object lockArgs, string source, int? sessionId, int? restoredFrom,
                            Func<string, string> asBaseline, CancellationToken ct) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var held = await c.QuerySingleOrDefaultAsync<Held>(new CommandDefinition(SqlFiles.Get(lockSql), lockArgs, tx, cancellationToken: ct));
            if (held is null) return (int?)null;
            await c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Baselines_KeepCurrent"), new { car = held.CarId }, tx, cancellationToken: ct));
            await c.ExecuteScalarAsync<int>(new CommandDefinition(SqlFiles.Get("Baselines_Replace"), new
            {
                car = held.CarId, setup = asBaseline(held.Setup), source, sessionid = sessionId, restoredfrom = restoredFrom,
            }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            return held.CarId;
        }, ct);

    sealed record Held(int CarId, string Setup);
}
