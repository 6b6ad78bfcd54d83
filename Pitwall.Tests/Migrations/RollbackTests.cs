using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

public sealed class RollbackTests
{
    const string HasColumn = """
        SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'racer_profiles' AND column_name = 'is_default')
        """;
    const string HasIndex = "SELECT to_regclass('idx_racer_profiles_is_default') IS NOT NULL";

    [Fact]
    public async Task RollbackToVersion1_DropsColumnAndIndex_KeepsEveryRow_AndMigrateBringsThemBackWithTheSameDefault()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.NotRun);
        new Migrator(db, NullLogger.Instance).Migrate();
        // The racer chose Carla (V2 alone would pick 'Default Racer' again).
        var carla = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM racer_profiles WHERE name = 'Carla'");
        var profiles = new Pitwall.Sql.Profiles.ProfileStore(new Pitwall.Sql.Database.Db(Npgsql.NpgsqlDataSource.Create(db)));
        Assert.Equal(Pitwall.Sql.Profiles.ProfileWriteOutcome.Saved,
            await profiles.UpdateAsync(carla, new Pitwall.Sql.Profiles.RacerChanges("Carla", "", null, null, [], MakeDefault: true)));
        string[] pitwalls = ["is_default", .. EarlierToolDatabase.ColumnsPitwallAdds];
        var before = await EarlierToolDatabase.SnapshotAsync(db, pitwalls);

        var result = await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(1);

        Assert.Equal(1, result.ToVersion);
        Assert.Equal(
            MigrationCatalog.Default.Undos.Where(u => u.Version > 1).OrderByDescending(u => u.Version).Select(u => u.Name),
            result.Undone);
        Assert.Equal(["U2__default_racer.sql", "U1_1__repair_legacy_timestamp_trigger.sql"], result.Undone.TakeLast(2));
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, HasColumn));
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, HasIndex));
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(db, pitwalls));
        Assert.Equal(1, SchemaState.CurrentVersion(db));

        var again = new Migrator(db, NullLogger.Instance).Migrate();

        Assert.Equal(MigrationCatalog.Default.Migrations.Count - 1, again.Applied);
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, HasColumn));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, HasIndex));
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(db, pitwalls));
        Assert.Equal("Carla", await TestPostgres.ScalarAsync<string>(db, "SELECT string_agg(name, ',') FROM racer_profiles WHERE is_default"));
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, "SELECT EXISTS (SELECT 1 FROM pitwall_rollback_memory WHERE key = 'V8 default racer')"));
    }

    [Fact]
    public async Task Rollback_WithoutTarget_UndoesOnlyTheNewestVersion()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        new Migrator(db, NullLogger.Instance).Migrate();
        var versions = MigrationCatalog.Default.Migrations.Select(m => m.Version).ToList();

        var result = await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(null);

        Assert.Equal(versions[^1], result.FromVersion);
        Assert.Single(result.Undone);
        Assert.Equal(MigrationCatalog.Default.Migrations[^2].Version, SchemaState.CurrentVersion(db));
    }

    [Fact]
    public async Task RollbackToZero_OnFreshDatabase_DropsTheEmptyTables()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        new Migrator(db, NullLogger.Instance).Migrate();

        await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(0);

        Assert.False(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('racer_profiles') IS NOT NULL"));
        Assert.Equal(0, SchemaState.CurrentVersion(db));
    }

    [Fact]
    public async Task RollbackToZero_OnAdoptedDatabase_KeepsTheRacersData()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.NotRun);
        var before = await EarlierToolDatabase.SnapshotAsync(db);
        new Migrator(db, NullLogger.Instance).Migrate();

        await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(0);

        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(db));
    }

    [Fact]
    public async Task Rollback_WhenAnUndoFileIsMissing_IsRefused_AndChangesNothing()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        var catalog = TestCatalogs.With("PitwallTests.NoUndo.");
        new Migrator(db, NullLogger.Instance, catalog).Migrate();
        var changelog = await TestPostgres.ScalarAsync<string>(db, "SELECT string_agg(version, ',' ORDER BY id) FROM changelog");

        var refused = await Assert.ThrowsAsync<RollbackRefusedException>(
            () => new RollbackRunner(db, NullLogger.Instance, catalog).RollbackAsync(1));

        Assert.Contains("U90", refused.Message);
        Assert.Equal(changelog, await TestPostgres.ScalarAsync<string>(db, "SELECT string_agg(version, ',' ORDER BY id) FROM changelog"));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('browser_sessions') IS NOT NULL"));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('no_undo_marker') IS NOT NULL"));
    }

    [Fact]
    public async Task Rollback_ToAVersionThatIsNotApplied_IsRefused()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        new Migrator(db, NullLogger.Instance).Migrate();

        var refused = await Assert.ThrowsAsync<RollbackRefusedException>(
            () => new RollbackRunner(db, NullLogger.Instance).RollbackAsync(42));

        Assert.Contains("42", refused.Message);
        Assert.Equal(MigrationCatalog.Default.LatestVersion, SchemaState.CurrentVersion(db));
    }
}
