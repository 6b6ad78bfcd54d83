using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_OnFreshDatabase_AppliesEveryVersion_AndSecondRunAppliesNothing()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        var latest = MigrationCatalog.Default.LatestVersion;

        var first = new Migrator(db, NullLogger.Instance).Migrate();
        var second = new Migrator(db, NullLogger.Instance).Migrate();

        Assert.Equal(latest, first.Version);
        Assert.Equal(MigrationCatalog.Default.Migrations.Count, first.Applied);
        Assert.Equal(latest, second.Version);
        Assert.Equal(0, second.Applied);
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('browser_sessions') IS NOT NULL"));
    }

    [Fact]
    public async Task Migrate_WhenTwoMigratorsStartTogether_AppliesEachVersionOnce()
    {
        var db = await TestPostgres.CreateDatabaseAsync();

        var results = await Task.WhenAll(
            Task.Run(() => new Migrator(db, NullLogger.Instance).Migrate()),
            Task.Run(() => new Migrator(db, NullLogger.Instance).Migrate()));

        Assert.Equal(MigrationCatalog.Default.Migrations.Count, results.Sum(r => r.Applied));
        var duplicates = await TestPostgres.ScalarAsync<long>(db,
            "SELECT count(*) FROM (SELECT version FROM changelog WHERE type = 0 GROUP BY version HAVING count(*) > 1) d");
        Assert.Equal(0, duplicates);
        Assert.Equal((long)MigrationCatalog.Default.Migrations.Count,
            await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM changelog WHERE type = 0"));
    }

    [Fact]
    public void EveryMigration_HasAnUndoFile()
    {
        var undos = MigrationCatalog.Default.Undos.Select(u => u.Version).ToHashSet();
        Assert.All(MigrationCatalog.Default.Migrations, m => Assert.Contains(m.Version, undos));
    }
}
