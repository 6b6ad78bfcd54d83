using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>
/// Databases built as the earlier tool's users built them (schema file, start-up Phase 4.4
/// migration, rows in its shapes): adopted with nothing lost, the broken trigger repaired,
/// every Phase 4.4 state ending with exactly one default, and every undo exact.
/// </summary>
public sealed class EarlierToolAdoptionTests
{
    const string Defaults = "SELECT string_agg(id::text, ',' ORDER BY id) FROM racer_profiles WHERE is_default";
    const string FirstDefaultRacer = "SELECT min(id)::text FROM racer_profiles WHERE name = 'Default Racer'";

    static async Task<string> LegacyAsync(Phase44State state)
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, state);
        return db;
    }

    [Theory]
    [InlineData(Phase44State.DeclaredBySchemaFile)]
    [InlineData(Phase44State.HalfApplied)]
    public async Task Adoption_RepairsTheTrigger_KeepsEveryRow_AndMakesTheFirstDefaultRacerTheOnlyDefault(Phase44State state)
    {
        var db = await LegacyAsync(state);
        var before = await EarlierToolDatabase.SnapshotAsync(db, "is_default");
        var log = new ListLogger();

        new Migrator(db, log).Migrate();

        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(db, ["is_default", .. EarlierToolDatabase.ColumnsPitwallAdds]));
        Assert.Equal(2L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM racer_profiles WHERE name = 'Default Racer'"));
        Assert.Equal(await TestPostgres.ScalarAsync<string>(db, FirstDefaultRacer), await TestPostgres.ScalarAsync<string>(db, Defaults));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db,
            "SELECT indisunique FROM pg_index WHERE indexrelid = 'idx_racer_profiles_is_default'::regclass"));
        Assert.Equal(state == Phase44State.DeclaredBySchemaFile,
            await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('idx_profiles_is_default') IS NOT NULL"));
        Assert.Contains(log.Lines, l => l.Contains("Repaired update_updated_at()") && l.Contains("racer_profiles, vehicles"));
        Assert.Equal(3L, await TestPostgres.ScalarAsync<long>(db,
            "SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'update_updated_at'"));
    }

    [Fact]
    public async Task TheReleaseBefore_FailedOnTheTrigger_ThisOneMigratesToTheLatestVersion()
    {
        var db = await LegacyAsync(Phase44State.HalfApplied);

        var result = new Migrator(db, NullLogger.Instance).Migrate();

        Assert.Equal(MigrationCatalog.Default.LatestVersion, result.Version);
        Assert.Equal(MigrationCatalog.Default.Migrations.Count, result.Applied);
        Assert.True((await DatabaseStatus.ReadAsync(db)).Healthy);
    }

    [Fact]
    public async Task AfterAdoption_UpdatesOfRacersCarsAndSessions_SetTheirTimestamps()
    {
        var db = await LegacyAsync(Phase44State.HalfApplied);
        new Migrator(db, NullLogger.Instance).Migrate();

        await TestPostgres.ExecuteAsync(db, """
            UPDATE racer_profiles SET facebook = 'sam.racing', updated_at = '2000-01-01' WHERE name = 'Sam Rivers';
            UPDATE vehicles SET transponder = '7654321', updated_at = '2000-01-01' WHERE brand = 'Mugen';
            UPDATE sessions SET status = 'closed', last_updated = '2000-01-01' WHERE session_name = 'Saturday practice';
            """);

        // The trigger sets the time of the edit, as the earlier tool meant it to.
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, "SELECT updated_at > '2020-01-01' FROM racer_profiles WHERE name = 'Sam Rivers'"));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db, "SELECT updated_at > '2020-01-01' FROM vehicles WHERE brand = 'Mugen'"));
        Assert.True(await TestPostgres.ScalarAsync<bool>(db,
            "SELECT last_updated > '2020-01-01' AND updated_at > '2020-01-01' FROM sessions WHERE session_name = 'Saturday practice'"));
    }

    [Fact]
    public async Task ADatabaseMigratedByTheReleaseBefore_GetsV1_1OutOfOrder_AndStaysHealthy()
    {
        // As the previous release left a fresh database: every version but 1.1.
        var db = await TestPostgres.CreateDatabaseAsync();
        new Migrator(db, NullLogger.Instance).Migrate();
        await TestPostgres.ExecuteAsync(db,
            MigrationCatalog.Default.Undos.Single(u => u.Version == 1.1m).ReadText() + "\nDELETE FROM changelog WHERE version = '1.1';");
        Assert.Equal(["V1_1__repair_legacy_timestamp_trigger.sql"], (await DatabaseStatus.ReadAsync(db)).Pending.Select(p => p.Name));

        var result = new Migrator(db, NullLogger.Instance).Migrate();

        Assert.Equal(1, result.Applied);
        var status = await DatabaseStatus.ReadAsync(db);
        Assert.Empty(status.Pending);
        Assert.True(status.Healthy);
        // V1.1 ran after V2 here: it must not note V2's column as "how it was before V2" (U2 would then keep it).
        Assert.False(await TestPostgres.ScalarAsync<bool>(db,
            "SELECT EXISTS (SELECT 1 FROM pitwall_rollback_memory WHERE key = 'V2 racer_profiles.is_default before')"));
    }

    [Fact]
    public async Task DbStatus_SaysWhenTheBrokenTriggerIsBack()
    {
        var db = await LegacyAsync(Phase44State.DeclaredBySchemaFile);
        new Migrator(db, NullLogger.Instance).Migrate();
        var repaired = await DatabaseStatus.ReadAsync(db);

        await TestPostgres.ExecuteAsync(db, """
            CREATE OR REPLACE FUNCTION update_updated_at() RETURNS TRIGGER AS $$
            BEGIN NEW.updated_at = NOW(); NEW.last_updated = NOW(); RETURN NEW; END; $$ LANGUAGE plpgsql;
            """);
        var broken = await DatabaseStatus.ReadAsync(db);

        Assert.True(repaired.Healthy);
        Assert.False(broken.Healthy);
        Assert.Equal(["racer_profiles", "vehicles"], broken.TablesTheTimestampTriggerBreaks);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Phase44State.DeclaredBySchemaFile)]
    [InlineData(Phase44State.HalfApplied)]
    public async Task EveryUndo_GivesBackTheSchemaBeforeItsMigration(Phase44State? state)
    {
        var db = state is { } legacy ? await LegacyAsync(legacy) : await TestPostgres.CreateDatabaseAsync();
        var versions = MigrationCatalog.Default.Migrations.Select(m => m.Version).ToList();

        for (var i = 0; i < versions.Count; i++)
        {
            var previous = i == 0 ? 0 : versions[i - 1];
            var before = await SchemaDump.OfAsync(db);
            new Migrator(db, NullLogger.Instance).Migrate(versions[i]);
            Assert.NotEqual(0, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM changelog"));

            await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(previous);

            var after = await SchemaDump.OfAsync(db);
            Assert.True(before == after, $"V{versions[i]} then its undo changed the schema:\n{Diff(before, after)}");
            new Migrator(db, NullLogger.Instance).Migrate(versions[i]);
        }
    }

    static string Diff(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        return string.Join('\n', a.Except(b).Select(l => "- " + l).Concat(b.Except(a).Select(l => "+ " + l)));
    }
}
