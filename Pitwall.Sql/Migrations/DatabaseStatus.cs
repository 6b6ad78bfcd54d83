using Dapper;
using Npgsql;
using Pitwall.Sql.Database;

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
    long Defaults,
    IReadOnlyList<string> TablesTheTimestampTriggerBreaks)
{
    public bool DefaultColumnOk => DefaultColumnExists;
    public bool OneDefaultOk => DefaultColumnExists && (Racers == 0 || Defaults == 1);
    public bool TimestampTriggerOk => TablesTheTimestampTriggerBreaks.Count == 0;
    public bool Healthy => DefaultColumnOk && OneDefaultOk && TimestampTriggerOk;

    // The earlier tool's update_updated_at() as its schema file defines it (not V1.1's repair)
    // fails every UPDATE of a table it is attached to that lacks last_updated: running that
    // schema file again against an adopted database brings it back.
    const string BrokenTriggerTables = """
        SELECT c.relname
        FROM pg_trigger t
        JOIN pg_proc p ON p.oid = t.tgfoid
        JOIN pg_class c ON c.oid = t.tgrelid
        WHERE p.proname = 'update_updated_at' AND NOT t.tgisinternal
          AND p.prosrc LIKE '%last_updated%' AND p.prosrc NOT LIKE '%pitwall.migrating%'
          AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'last_updated' AND NOT a.attisdropped)
        ORDER BY c.relname
        """;

    public static async Task<DatabaseStatus> ReadAsync(string connectionString, MigrationCatalog? catalog = null)
    {
        catalog ??= MigrationCatalog.Default;
        await using var connection = OneShotConnection.Create(connectionString);
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
        var broken = (await connection.QueryAsync<string>(BrokenTriggerTables)).AsList();
        return new DatabaseStatus(applied, pending, column, racers, defaults, broken);
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
        output.WriteLine(TimestampTriggerOk
            ? "check    ok   updates of racers and cars work (no broken update_updated_at trigger)"
            : $"check    FAIL update_updated_at() fails every UPDATE of {string.Join(", ", TablesTheTimestampTriggerBreaks)}: the earlier tool's schema file ran again; `make rollback TO=1` then `make migrate` repairs it");
    }
}
