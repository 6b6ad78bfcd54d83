using Dapper;
using Npgsql;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Fleet;

/// <summary>The active racer's cars. Every statement filters on pitwall_active_racer(browser), so another racer's car is never found.</summary>
public sealed class CarStore(Db db)
{
    public Task<IReadOnlyList<FleetRow>> FleetPanelAsync(byte[]? browser, CancellationToken ct = default) =>
        db.ReadAsync<IReadOnlyList<FleetRow>>(async c => (await c.QueryAsync<FleetRow>(new CommandDefinition(
            SqlFiles.Get("Cars_FleetPanel"), new { browser }, cancellationToken: ct))).AsList(), ct);

    public Task<Car?> GetAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<Car>(new CommandDefinition(
            SqlFiles.Get("Cars_Get"), new { browser, id }, cancellationToken: ct)), ct);

    public Task<(FleetWriteOutcome Outcome, int? Id)> CreateAsync(byte[]? browser, CarFields car, CancellationToken ct = default) =>
        WriteAsync("Cars_Create", new { browser, car.Brand, car.Model, car.Nickname, car.Transponder }, ct);

    /// <summary>
    /// Saves a car in one transaction: the car is read FOR UPDATE, <paramref name="baseline"/> turns
    /// its stored baseline into the one to save (null: what was sent is invalid, nothing is written).
    /// </summary>
    public async Task<FleetWriteOutcome> UpdateAsync(byte[]? browser, int id, CarFields car, Func<Car, string?> baseline, CancellationToken ct = default)
    {
        try
        {
            return await db.WriteAsync(async c =>
            {
                await using var tx = await c.BeginTransactionAsync(ct);
                var stored = await c.QuerySingleOrDefaultAsync<Car>(new CommandDefinition(
                    SqlFiles.Get("Cars_GetForUpdate"), new { browser, id }, tx, cancellationToken: ct));
                if (stored is null) return FleetWriteOutcome.NotFound;
                if (baseline(stored) is not { } json) return FleetWriteOutcome.Invalid;
                await c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Cars_Update"),
                    new { browser, id, car.Brand, car.Model, car.Nickname, car.Transponder, baseline = json }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
                return FleetWriteOutcome.Saved;
            }, ct);
        }
        catch (PostgresException e) when (IsDuplicate(e))
        {
            return FleetWriteOutcome.Duplicate;
        }
    }

    public async Task<FleetWriteOutcome> DeleteAsync(byte[]? browser, int id, CancellationToken ct = default)
    {
        try
        {
            return await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(
                SqlFiles.Get("Cars_Delete"), new { browser, id }, cancellationToken: ct)), ct) is null
                ? FleetWriteOutcome.NotFound
                : FleetWriteOutcome.Saved;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A table of the earlier tool (setup_changes, race_results, …) still points at the car or one of its sessions without ON DELETE CASCADE.
            return FleetWriteOutcome.StillReferenced;
        }
    }

    // No row back: no racer at all; a unique violation: a duplicate car.
    async Task<(FleetWriteOutcome Outcome, int? Id)> WriteAsync(string file, object args, CancellationToken ct)
    {
        try
        {
            var id = await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get(file), args, cancellationToken: ct)), ct);
            return id is null ? (FleetWriteOutcome.NotFound, null) : (FleetWriteOutcome.Saved, id);
        }
        catch (PostgresException e) when (IsDuplicate(e))
        {
            return (FleetWriteOutcome.Duplicate, null);
        }
    }

    static bool IsDuplicate(PostgresException e) =>
        e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "vehicles_profile_car_unique";
}
