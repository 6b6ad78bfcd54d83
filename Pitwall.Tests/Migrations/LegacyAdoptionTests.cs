using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>
/// The two states LEGACY.md names for the Phase 4.4 flag, on the earlier tool's real schema:
/// before it (no is_default), and after it as the guide meant it, edited by hand to zero,
/// one or several defaults. Each ends with exactly one default and every row kept.
/// </summary>
public sealed class LegacyAdoptionTests
{
    const string Defaults = "SELECT string_agg(name, ',' ORDER BY id) FROM racer_profiles WHERE is_default";
    const string IndexIsUnique = """
        SELECT i.indisunique FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname = 'idx_racer_profiles_is_default'
        """;

    static void Migrate(string db) => new Migrator(db, NullLogger.Instance).Migrate();

    static async Task<string> BeforePhase44Async()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.NotRun);
        return db;
    }

    static async Task<string> AfterPhase44Async(params string[] defaults)
    {
        var db = await BeforePhase44Async();
        await EarlierToolDatabase.FinishPhase44ByHandAsync(db, defaults);
        return db;
    }

    [Fact]
    public async Task BeforePhase44_IsAdopted_KeepingEveryRow_AndDefaultRacerBecomesTheDefault()
    {
        var db = await BeforePhase44Async();
        var before = await EarlierToolDatabase.SnapshotAsync(db);

        Migrate(db);

        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(db, ["is_default", .. EarlierToolDatabase.ColumnsPitwallAdds]));
        Assert.Equal("Default Racer", await TestPostgres.ScalarAsync<string>(db, Defaults));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, IndexIsUnique));
    }

    [Fact]
    public async Task BeforePhase44_WithoutDefaultRacer_MakesTheOldestRacerTheDefault()
    {
        var db = await BeforePhase44Async();
        await TestPostgres.ExecuteAsync(db, "DELETE FROM racer_profiles WHERE name = 'Default Racer'");

        Migrate(db);

        Assert.Equal("Sam Rivers", await TestPostgres.ScalarAsync<string>(db, Defaults));
    }

    [Fact]
    public async Task AfterPhase44_EditedByHandWithSeveralDefaults_EndsWithTheOldestOfThem()
    {
        var db = await AfterPhase44Async("Carla", "Sam Rivers");

        Migrate(db);

        Assert.Equal("Sam Rivers", await TestPostgres.ScalarAsync<string>(db, Defaults));
    }

    [Fact]
    public async Task AfterPhase44_WithNoDefault_PicksDefaultRacer()
    {
        var db = await AfterPhase44Async();

        Migrate(db);

        Assert.Equal("Default Racer", await TestPostgres.ScalarAsync<string>(db, Defaults));
    }

    [Fact]
    public async Task AfterPhase44_WithPlainIndex_KeepsItsDefault_AndEndsWithTheUniqueIndex()
    {
        var db = await AfterPhase44Async("Carla");
        var before = await EarlierToolDatabase.SnapshotAsync(db);
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, IndexIsUnique));

        Migrate(db);

        Assert.Equal("Carla", await TestPostgres.ScalarAsync<string>(db, Defaults));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, IndexIsUnique));
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(db, EarlierToolDatabase.ColumnsPitwallAdds));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db,
            "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'racer_profiles'::regclass AND attname = 'is_default'"));
    }
}
