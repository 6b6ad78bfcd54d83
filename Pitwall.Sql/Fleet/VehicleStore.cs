using Dapper;
using Npgsql;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Fleet;

/// <summary>The active racer's cars. Every statement filters on pitwall_active_racer(session), so another racer's car is never found.</summary>
public sealed class VehicleStore(Db db)
{
    public Task<IReadOnlyList<FleetRow>> ListForSessionAsync(byte[]? session, CancellationToken ct = default) =>
        db.ReadAsync<IReadOnlyList<FleetRow>>(async c => (await c.QueryAsync<FleetRow>(new CommandDefinition(
            SqlFiles.Get("Vehicles_ListForSession"), new { session }, cancellationToken: ct))).AsList(), ct);

    public Task<Vehicle?> GetAsync(byte[]? session, int id, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<Vehicle>(new CommandDefinition(
            SqlFiles.Get("Vehicles_Get"), new { session, id }, cancellationToken: ct)), ct);

    public Task<(FleetWriteOutcome Outcome, int? Id)> CreateAsync(byte[]? session, VehicleFields car, CancellationToken ct = default) =>
        WriteAsync("Vehicles_Create", new { session, car.Brand, car.Model, car.Nickname, car.Transponder }, ct);

    public async Task<FleetWriteOutcome> UpdateAsync(byte[]? session, int id, VehicleFields car, string baselineJson, CancellationToken ct = default) =>
        (await WriteAsync("Vehicles_Update",
            new { session, id, car.Brand, car.Model, car.Nickname, car.Transponder, baseline = baselineJson }, ct)).Outcome;

    public async Task<FleetWriteOutcome> DeleteAsync(byte[]? session, int id, CancellationToken ct = default)
    {
        try
        {
            return await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(
                SqlFiles.Get("Vehicles_Delete"), new { session, id }, cancellationToken: ct)), ct) is null
                ? FleetWriteOutcome.NotFound
                : FleetWriteOutcome.Saved;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A table of the earlier tool (setup_changes, race_results, …) still points at the car or one of its sessions without ON DELETE CASCADE.
            return FleetWriteOutcome.StillReferenced;
        }
    }

    // No row back: not this racer's car (or no racer at all); a unique violation: a duplicate car.
    async Task<(FleetWriteOutcome Outcome, int? Id)> WriteAsync(string file, object args, CancellationToken ct)
    {
        try
        {
            var id = await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get(file), args, cancellationToken: ct)), ct);
            return id is null ? (FleetWriteOutcome.NotFound, null) : (FleetWriteOutcome.Saved, id);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "vehicles_profile_car_unique")
        {
            return (FleetWriteOutcome.Duplicate, null);
        }
    }
}
