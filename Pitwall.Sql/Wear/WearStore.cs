using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Wear;

/// <summary>
/// Tire sets, engines and parts of the active racer's cars (wear_items), which were on the car for
/// each session (wear_mounts), and what each has done, counted from the results (pitwall_wear_usage).
/// Every statement is scoped to the browser's racer: another racer's car, session or item is not found.
/// </summary>
public sealed class WearStore(Db db)
{
    public Task<WearList?> ForCarAsync(byte[]? browser, int car, CancellationToken ct = default) =>
        ListAsync("Wear_ForCar", new { browser, car }, ct);

    public Task<WearList?> ForSessionAsync(byte[]? browser, int session, CancellationToken ct = default) =>
        ListAsync("Wear_ForSession", new { browser, id = session }, ct);

    async Task<WearList?> ListAsync(string file, object args, CancellationToken ct) =>
        WearList.Of((await db.ReadAsync(c => c.QueryAsync<WearRow>(new CommandDefinition(SqlFiles.Get(file), args, cancellationToken: ct)), ct)).ToList());

    public async Task<WearOutcome> AddAsync(byte[]? browser, int car, NewWearItem item, CancellationToken ct = default) =>
        SqlOutcome.Of(await db.WriteAsync(c => c.ExecuteScalarAsync<string>(new CommandDefinition(SqlFiles.Get("Wear_Add"), new
        {
            browser, car, kind = item.Kind, name = item.Name, everylaps = item.EveryLaps, everyhours = item.EveryHours,
        }, cancellationToken: ct)), ct), Words);

    /// <returns>The item's car, or null when the item is not the active racer's.</returns>
    public Task<int?> ServicedAsync(byte[]? browser, int item, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Wear_Serviced"), new { browser, id = item }, cancellationToken: ct)), ct);

    /// <returns>The item's car, or null when the item is not the active racer's.</returns>
    public Task<int?> DeleteAsync(byte[]? browser, int item, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Wear_Delete"), new { browser, id = item }, cancellationToken: ct)), ct);

    /// <param name="item">The tire set or engine to put on; null takes off the one of <paramref name="kind"/>.</param>
    public async Task<WearOutcome> MountAsync(byte[]? browser, int session, string kind, int? item, CancellationToken ct = default) =>
        SqlOutcome.Of(await db.WriteAsync(c => c.ExecuteScalarAsync<string>(new CommandDefinition(SqlFiles.Get("Wear_Mount"),
            new { browser, id = session, kind, item }, cancellationToken: ct)), ct), Words);

    /// <summary>What Wear_Add and Wear_Mount answer (Mount never says 'duplicate').</summary>
    static readonly Dictionary<string, WearOutcome> Words = new()
    {
        ["saved"] = WearOutcome.Saved, ["duplicate"] = WearOutcome.Duplicate, ["not_found"] = WearOutcome.NotFound,
    };
}
