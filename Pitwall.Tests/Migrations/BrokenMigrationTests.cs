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
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('changelog') IS NOT NULL"));
    }

    [Fact]
    public async Task FailedFirstMigration_LeavesTheSchemaExactlyAsItWas()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.HalfApplied);
        var schema = await SchemaDump.OfAsync(db);
        var rows = await EarlierToolDatabase.SnapshotAsync(db);

        Assert.Throws<MigrationFailedException>(() => new Migrator(db, NullLogger.Instance, TestCatalogs.With("PitwallTests.Broken.")).Migrate());

        Assert.Equal(schema, await SchemaDump.OfAsync(db));
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('changelog') IS NOT NULL"));
        Assert.Equal(rows, await EarlierToolDatabase.SnapshotAsync(db));
    }

    [Fact]
    public async Task AnErrorWithoutAPosition_NamesTheLineOfTheStatementThatFailed()
    {
        var db = await TestPostgres.CreateDatabaseAsync();

        var failure = Assert.Throws<MigrationFailedException>(
            () => new Migrator(db, NullLogger.Instance, TestCatalogs.With("PitwallTests.NoPosition.")).Migrate());

        Assert.Equal("V92__fails_without_position.sql", failure.Script);
        Assert.Contains("42703", failure.Reason);
        Assert.Equal(13, failure.Line);
    }

    [Fact]
    public async Task BrokenMigration_OnAMigratedDatabase_KeepsItsVersionAndData()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.NotRun);
        new Migrator(db, NullLogger.Instance).Migrate();
        var before = await EarlierToolDatabase.SnapshotAsync(db);

        Assert.Throws<MigrationFailedException>(
            () => new Migrator(db, NullLogger.Instance, TestCatalogs.With("PitwallTests.Broken.")).Migrate());

        Assert.Equal(MigrationCatalog.Default.LatestVersion, SchemaState.CurrentVersion(db));
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(db));
    }
}
