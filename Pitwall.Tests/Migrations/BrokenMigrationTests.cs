using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

public sealed class BrokenMigrationTests
{
    [Fact]
    public async Task BrokenMigration_LeavesTheDatabaseAsItWas_AndNamesFileLineAndError()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        var catalog = TestCatalogs.With("PitwallTests.Broken.");

        var failure = Assert.Throws<MigrationFailedException>(() => new Migrator(db, NullLogger.Instance, catalog).Migrate());

        Assert.Equal("V91__broken.sql", failure.Script);
        Assert.Equal(6, failure.Line);
        Assert.Contains("42P01", failure.Reason);
        Assert.Contains("no_such_table", failure.Reason);
        // All pending migrations ran in one transaction: nothing of V1–V3 stayed behind.
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('racer_profiles') IS NOT NULL"));
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('broken_marker') IS NOT NULL"));
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(db,
            "SELECT CASE WHEN to_regclass('changelog') IS NULL THEN 0 ELSE (SELECT count(*) FROM changelog WHERE type = 0) END"));
    }

    [Fact]
    public async Task BrokenMigration_OnAMigratedDatabase_KeepsItsVersionAndData()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await LegacyDatabase.CreateBeforePhase44Async(db);
        new Migrator(db, NullLogger.Instance).Migrate();
        var before = await TestPostgres.ScalarAsync<string>(db, LegacyDatabase.Snapshot);

        Assert.Throws<MigrationFailedException>(
            () => new Migrator(db, NullLogger.Instance, TestCatalogs.With("PitwallTests.Broken.")).Migrate());

        Assert.Equal(MigrationCatalog.Default.LatestVersion, SchemaState.CurrentVersion(db));
        Assert.Equal(before, await TestPostgres.ScalarAsync<string>(db, LegacyDatabase.Snapshot));
    }
}
