using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>
/// V14 and V15 give race_results and master_library the earlier tool's columns and types:
/// renamed on a table Pitwall created, merged into the tool's column where an adopted table has
/// both, nothing lost; U14 and U15 give back every value and the shape.
/// </summary>
public sealed class EarlierToolsColumnsTests
{
    const string Results = "SELECT string_agg(to_jsonb(r)::text, E'\\n' ORDER BY id) FROM race_results r";
    const string Library = "SELECT string_agg(to_jsonb(m)::text, E'\\n' ORDER BY id) FROM master_library m";

    static void MigrateTo(string db, decimal version) => new Migrator(db, NullLogger.Instance).Migrate(version);

    [Fact]
    public async Task OnAFreshDatabase_PitwallsColumnsAreRenamed_FiguresRetyped_AndTheUndoGivesBackEveryValue()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        MigrateTo(db, 13);
        await TestPostgres.ExecuteAsync(db, """
            INSERT INTO racer_profiles (name) VALUES ('Ana');
            INSERT INTO vehicles (profile_id, brand, model) VALUES (1, 'Mugen', 'MBX8R');
            INSERT INTO sessions (profile_id, vehicle_id, session_name) VALUES (1, 1, 'Q1');
            -- As V9-era Pitwall wrote them: s = 0.7071 over laps of mean 25, total 125 s.
            INSERT INTO race_results (session_id, profile_id, heat, racing_class, position, lap_times, laps_completed,
                                      best_lap, average_lap, total_time, consistency, liverc_id)
            VALUES (1, 1, 'Q1', '1/8 Nitro Buggy', 3, '[25, 24, 26, 25, 25]', 5, 24, 25, 125, 0.70710678, 'LRC-1'),
                   (1, 1, 'Q2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO master_library (submitted_by, brand, model, track_name, source, setup, created_at)
            VALUES (1, 'Mugen', 'MBX8R', 'Thunder Alley', 'Pro sheet', '{"SO_F": 500}', '2026-11-20 18:30'),
                   (1, 'Xray', NULL, NULL, 'Online', '{}', '2026-11-21 08:00');
            """);
        var results = await TestPostgres.ScalarAsync<string>(db, Results);
        var library = await TestPostgres.ScalarAsync<string>(db, Library);
        var schema = await SchemaDump.OfAsync(db);

        MigrateTo(db, 16);

        // 100 − 100 × 0.70710678 ÷ 25 = 97.1716 → 97.172 in numeric(10,3).
        Assert.Equal("Q1|1/8 Nitro Buggy|00:02:05|24.000|25.000|97.172|LRC-1|", await TestPostgres.ScalarAsync<string>(db, """
            SELECT heat_name || '|' || race_class || '|' || total_time || '|' || best_lap || '|' || average_lap || '|' || consistency
                   || '|' || liverc_event_id || '|' || coalesce(liverc_driver_id, '') FROM race_results WHERE heat_name = 'Q1'
            """));
        Assert.Equal("Mugen MBX8R|Thunder Alley|2026-11-20,Xray ||2026-11-21", await TestPostgres.ScalarAsync<string>(db,
            "SELECT string_agg(brand || ' ' || vehicle_model || '|' || track_name || '|' || date_created, ',' ORDER BY id) FROM master_library"));
        Assert.Equal(await OneLine(Catalog.EarlierTools("columns"), "race_results"), await OneLine(await Catalog.ReadAsync(db, "columns", ["race_results"]), "race_results", sorted: true));

        await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(13);

        Assert.Equal(results, await TestPostgres.ScalarAsync<string>(db, Results));
        Assert.Equal(library, await TestPostgres.ScalarAsync<string>(db, Library));
        Assert.Equal(schema, await SchemaDump.OfAsync(db));
    }

    [Fact]
    public async Task OnAnAdoptedDatabase_PitwallsValuesAreMergedIntoTheToolsColumns_AndTheUndoGivesBackBoth()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db);
        MigrateTo(db, 13);
        // What V9/V12-era Pitwall columns could hold beside the tool's, on the tool's own rows.
        await TestPostgres.ExecuteAsync(db, """
            UPDATE race_results SET heat = 'A Main', racing_class = 'Nitro Buggy' WHERE heat_name = 'A-Main';
            UPDATE master_library SET model = 'MBX8 R' WHERE vehicle_model = 'MBX8R';
            """);
        var results = await TestPostgres.ScalarAsync<string>(db, Results);
        var library = await TestPostgres.ScalarAsync<string>(db, Library);
        var schema = await SchemaDump.OfAsync(db);

        MigrateTo(db, 16);

        Assert.Equal("A Main|Nitro Buggy,Q3|1/8 Nitro Buggy", await TestPostgres.ScalarAsync<string>(db,
            "SELECT string_agg(heat_name || '|' || race_class, ',' ORDER BY id) FROM race_results"));
        Assert.Equal("MBX8 R,XB8", await TestPostgres.ScalarAsync<string>(db, "SELECT string_agg(vehicle_model, ',' ORDER BY id) FROM master_library"));
        Assert.False(await TestPostgres.ScalarAsync<bool>(db,
            "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE column_name IN ('heat', 'racing_class', 'liverc_id', 'model') AND table_name IN ('race_results', 'master_library'))"));

        await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(13);

        Assert.Equal(results, await TestPostgres.ScalarAsync<string>(db, Results));
        Assert.Equal(library, await TestPostgres.ScalarAsync<string>(db, Library));
        Assert.Equal(schema, await SchemaDump.OfAsync(db));
    }

    [Fact]
    public async Task OnAFreshDatabase_SetupChangesGetsTheToolsColumnsToo_SoItsAdvisorsInsertWorks_AndTheUndoGivesBackEveryValue()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        MigrateTo(db, 17);
        await TestPostgres.ExecuteAsync(db, """
            INSERT INTO racer_profiles (name) VALUES ('Ana');
            INSERT INTO vehicles (profile_id, brand, model) VALUES (1, 'Mugen', 'MBX8R');
            INSERT INTO sessions (profile_id, vehicle_id, session_name) VALUES (1, 1, 'Q1');
            INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after, source, status)
            VALUES (1, 1, 'SO_F', '450', '500', 24.1234567, 23.9, 'manual', 'accepted');
            """);
        const string Changes = "SELECT string_agg(to_jsonb(c)::text, E'\\n' ORDER BY id) FROM setup_changes c";
        var before = await TestPostgres.ScalarAsync<string>(db, Changes);
        var schema = await SchemaDump.OfAsync(db);

        MigrateTo(db, 18);

        // The tool's columns, types and nullability (defaults aside: its id sequence is named alike but made apart).
        var tools = await OneLine(Catalog.EarlierTools("columns"), "setup_changes");
        var ours = await OneLine(await Catalog.ReadAsync(db, "columns", ["setup_changes"]), "setup_changes");
        Assert.All(tools.Split('\n'), line => Assert.Contains(line, ours.Split('\n')));
        await TestPostgres.ExecuteAsync(db, """
            INSERT INTO setup_changes (session_id, parameter, old_value, new_value, status, ai_reasoning, lap_time_before)
            VALUES (1, 'front.shock_oil', '500', '550', 'pending', 'Softer over the bumps.', 24.123);
            UPDATE setup_changes SET lap_time_after = 23.8 WHERE parameter = 'front.shock_oil';
            DELETE FROM setup_changes WHERE parameter = 'front.shock_oil';
            """);
        Assert.Equal("'ai'::character varying", await TestPostgres.ScalarAsync<string>(db,
            "SELECT column_default FROM information_schema.columns WHERE table_name = 'setup_changes' AND column_name = 'source'"));

        await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(17);

        Assert.Equal(before, await TestPostgres.ScalarAsync<string>(db, Changes));
        Assert.Equal(schema, await SchemaDump.OfAsync(db));
    }

    /// <summary>A table's lines of a columns file (name, type, nullability; not defaults, which differ by design), in name order.</summary>
    static Task<string> OneLine(string columns, string table, bool sorted = true) => Task.FromResult(string.Join('\n', columns.Split('\n')
        .Where(l => l.StartsWith(table + "\t", StringComparison.Ordinal))
        .Select(l => string.Join('\t', l.Split('\t').Take(4)))
        .Order(StringComparer.Ordinal)));
}
