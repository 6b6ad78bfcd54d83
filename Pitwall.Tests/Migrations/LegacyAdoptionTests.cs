using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

public sealed class LegacyAdoptionTests
{
    const string Defaults = "SELECT string_agg(name, ',' ORDER BY id) FROM racer_profiles WHERE is_default";
    const string IndexIsUnique = """
        SELECT i.indisunique FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname = 'idx_racer_profiles_is_default'
        """;

    static void Migrate(string db) => new Migrator(db, NullLogger.Instance).Migrate();

    [Fact]
    public async Task BeforePhase44_IsAdopted_KeepingEveryRow_AndDefaultRacerBecomesTheDefault()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await LegacyDatabase.CreateBeforePhase44Async(db);
        var before = await TestPostgres.ScalarAsync<string>(db, LegacyDatabase.Snapshot);

        Migrate(db);

        Assert.Equal(before, await TestPostgres.ScalarAsync<string>(db, LegacyDatabase.Snapshot));
        Assert.Equal("Default Racer", await TestPostgres.ScalarAsync<string>(db, Defaults));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, IndexIsUnique));
    }

    [Fact]
    public async Task BeforePhase44_WithoutDefaultRacer_MakesTheOldestRacerTheDefault()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await LegacyDatabase.CreateBeforePhase44Async(db, withDefaultRacer: false);

        Migrate(db);

        Assert.Equal("Ana", await TestPostgres.ScalarAsync<string>(db, Defaults));
    }

    [Fact]
    public async Task AfterPhase44_EditedByHandWithSeveralDefaults_EndsWithExactlyOne()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await LegacyDatabase.CreateAfterPhase44Async(db, 1, 3);

        Migrate(db);

        Assert.Equal("Ana", await TestPostgres.ScalarAsync<string>(db, Defaults));
    }

    [Fact]
    public async Task AfterPhase44_WithNoDefault_PicksDefaultRacer()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await LegacyDatabase.CreateAfterPhase44Async(db);

        Migrate(db);

        Assert.Equal("Default Racer", await TestPostgres.ScalarAsync<string>(db, Defaults));
    }

    [Fact]
    public async Task AfterPhase44_WithPlainIndex_KeepsItsDefault_AndEndsWithTheUniqueIndex()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await LegacyDatabase.CreateAfterPhase44Async(db, 3);
        var before = await TestPostgres.ScalarAsync<string>(db, LegacyDatabase.Snapshot);
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, IndexIsUnique));

        Migrate(db);

        Assert.Equal("Carla", await TestPostgres.ScalarAsync<string>(db, Defaults));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, IndexIsUnique));
        Assert.Equal(before, await TestPostgres.ScalarAsync<string>(db, LegacyDatabase.Snapshot));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db,
            "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'racer_profiles'::regclass AND attname = 'is_default'"));
    }
}
