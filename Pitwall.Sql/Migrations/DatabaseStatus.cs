using Dapper;
using Npgsql;

namespace Pitwall.Sql.Migrations;

/// <summary>
/// What <c>db-status</c> reports: applied and pending versions, and the invariants operators
/// check with psql after the Phase 4.4 migration.
/// </summary>
public sealed record DatabaseStatus(
    IReadOnlyList<AppliedMigration> Applied,
    IReadOnlyList<MigrationScript> Pending,
    bool DefaultColumnExists,
    long Racers,
    long Defaults)
{
    public bool DefaultColumnOk => DefaultColumnExists;
    public bool OneDefaultOk => DefaultColumnExists && (Racers == 0 || Defaults == 1);
    public bool Healthy => DefaultColumnOk && OneDefaultOk;

    public static async Task<DatabaseStatus> ReadAsync(string connectionString, MigrationCatalog? catalog = null)
    {
        catalog ??= MigrationCatalog.Default;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var applied = await SchemaState.AppliedAsync(connection);
        var pending = catalog.Migrations.Where(m => applied.All(a => a.Version != m.Version)).ToList();

        var column = await connection.ExecuteScalarAsync<bool>("""
            SELECT EXISTS (SELECT 1 FROM information_schema.columns
                           WHERE table_schema = current_schema() AND table_name = 'racer_profiles' AND column_name = 'is_default')
            """);
        var hasTable = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('racer_profiles') IS NOT NULL");
        long racers = 0, defaults = 0;
        if (hasTable)
            racers = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM racer_profiles");
        if (column)
            defaults = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM racer_profiles WHERE is_default");
        return new DatabaseStatus(applied, pending, column, racers, defaults);
    }

    /// <summary>One fact per line, its kind first, so that a person can read it and grep can find it.</summary>
    public void WriteTo(TextWriter output)
    {
        foreach (var a in Applied)
            output.WriteLine($"applied  V{MigrationCatalog.FormatVersion(a.Version),-4} {a.Name,-42} {a.InstalledOn:yyyy-MM-dd HH:mm:ss}");
        foreach (var p in Pending)
            output.WriteLine($"pending  V{MigrationCatalog.FormatVersion(p.Version),-4} {p.Name}");
        output.WriteLine($"version  {MigrationCatalog.FormatVersion(Applied.Count == 0 ? 0 : Applied[^1].Version)} applied, {Pending.Count} pending");
        output.WriteLine($"check    {(DefaultColumnOk ? "ok  " : "FAIL")} is_default column exists");
        output.WriteLine($"check    {(OneDefaultOk ? "ok  " : "FAIL")} exactly one default racer when any racer exists (racers={Racers} defaults={Defaults})");
    }
}
