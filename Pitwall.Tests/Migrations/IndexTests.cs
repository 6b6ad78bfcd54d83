using System.Text.Json.Nodes;
using Npgsql;
using Pitwall.Sql;
using Pitwall.Sql.Database;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>
/// Every foreign key has an index leading with its columns (V19), and the hot reads use an index
/// on every table a club's data makes large (100,000 library entries in the bench; here 20,000
/// entries, 11,000 sessions with 3 results each and a change each): no sequential scan of them.
/// </summary>
public abstract class IndexTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : IndexTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : IndexTests(DatabaseShape.Adopted);

    static readonly string[] LargeTables = ["master_library", "sessions", "race_results", "setup_changes"];

    [Fact]
    public async Task EveryForeignKey_HasAnIndexLeadingWithItsColumns()
    {
        var db = await TestDatabases.CreateAsync(shape);

        var unindexed = await TestPostgres.ScalarAsync<string>(db, """
            SELECT coalesce(string_agg(c.conrelid::regclass || '.' || c.conname, ', '), '')
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                              AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)
            """);

        Assert.Equal("", unindexed);
    }

    [Fact]
    public async Task TheHotReads_ScanNoLargeTableWhole()
    {
        var db = await TestDatabases.CreateAsync(shape);
        await TestPostgres.ExecuteAsync(db, LargeClub);
        var ids = JsonNode.Parse(await TestPostgres.ScalarAsync<string>(db, """
            SELECT json_build_object(
                'car', (SELECT id FROM vehicles WHERE nickname = 'Big'),
                'session', (SELECT max(s.id) FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id WHERE v.nickname = 'Big'),
                'deep', (SELECT id FROM master_library ORDER BY coalesce(date_created, '-infinity'::date) DESC, id DESC OFFSET 500 LIMIT 1))::text
            """))!;
        var (car, session, deep) = ((int)ids["car"]!, (int)ids["session"]!, (int)ids["deep"]!);
        var browser = System.Security.Cryptography.SHA256.HashData("club"u8);
        object Library(string? brand = null, string? model = null, string? search = null, int? before = null) => new
        {
            brand, model, track = (string?)null, traction = (string?)null, condition = (string?)null, search, before, after = (int?)null, limit = 20,
        };
        var reads = new (string File, object Args)[]
        {
            ("Library_List", Library()), ("Library_List", Library(search: "driver 12")), ("Library_List", Library("Mugen", "Model 8")),
            ("Library_List", Library(before: deep)),
            ("Results_CarPerformance", new { browser, car, size = 50 }), ("Results_CarPerformance", new { browser, car, size = 50, before = session }), ("Changes_ForCar", new { browser, car }), ("Baselines_ForCar", new { browser, car }),
            ("Exchange_Export", new { browser, car }), ("Exchange_SessionsCsv", new { browser, car }),
            ("Compare_Offers", new { browser, id = session }), ("Print_Session", new { browser, id = session }),
            ("Results_ForSession", new { browser, sessionid = session }), ("Changes_LockBasis", new { browser, id = session }),
            ("EventSessions_Panel", new { browser, open = session }), ("Cars_FleetPanel", new { browser }), ("Profiles_Sidebar", new { browser }),
            ("Compare_Setups", new { browser, akind = "session", aid = session, bkind = "car", bid = car }),
        };

        var scans = new List<string>();
        await using var connection = OneShotConnection.Create(db);
        await connection.OpenAsync();
        foreach (var (file, args) in reads)
        {
            // As the store sends it: the optional lines of the filters given (SqlFiles.Get(name, given)).
            var given = args.GetType().GetProperties().Where(p => p.GetValue(args) is not null).Select(p => p.Name).ToList();
            await using var command = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + SqlFiles.Get(file, given), connection);
            foreach (var p in args.GetType().GetProperties())
                command.Parameters.Add(new NpgsqlParameter(p.Name, p.GetValue(args) ?? DBNull.Value));
            var plan = JsonNode.Parse((string)(await command.ExecuteScalarAsync())!)!;
            scans.AddRange(SeqScans(plan).Where(LargeTables.Contains).Select(t => $"{file}: {t}"));
        }

        Assert.Empty(scans);
    }

    static IEnumerable<string> SeqScans(JsonNode? node) => node switch
    {
        JsonObject o => (o["Node Type"]?.GetValue<string>() == "Seq Scan" ? [o["Relation Name"]!.GetValue<string>()] : Enumerable.Empty<string>())
            .Concat(o.SelectMany(kv => SeqScans(kv.Value))),
        JsonArray a => a.SelectMany(SeqScans),
        _ => [],
    };

    /// <summary>A club's data: 20,000 library entries, 26 cars (one with 1,000 sessions), 11,000 sessions, 3 results and a change each.</summary>
    const string LargeClub = """
        INSERT INTO racer_profiles (name) VALUES ('Club Racer');
        INSERT INTO browser_sessions (id_hash, racer_id) SELECT sha256('club'::bytea), id FROM racer_profiles WHERE name = 'Club Racer';
        INSERT INTO master_library (brand, vehicle_model, track_name, traction, surface_condition, source, driver_name, event_name, setup, date_created)
        SELECT (ARRAY['Mugen', 'Tekno', 'Xray', 'Associated', 'Kyosho', 'HB', 'Losi', 'Sworkz'])[1 + n % 8], 'Model ' || (n % 40),
               'Track ' || (n % 300), (ARRAY['Low', 'Medium', 'High'])[1 + n % 3], (ARRAY['Dry', 'Dusty', 'Wet'])[1 + n % 3], 'Pro sheet',
               'Driver ' || (n % 5000), 'Event ' || (n % 2000), '{}', date '2020-01-01' + (n % 2000)
        FROM generate_series(1, 20000) n;
        INSERT INTO vehicles (profile_id, brand, model, nickname)
        SELECT r.id, 'Mugen', 'MBX8R', CASE WHEN g = 0 THEN 'Big' ELSE 'n' || g END
        FROM racer_profiles r, generate_series(0, 25) g WHERE r.name = 'Club Racer';
        INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, status, actual_setup)
        SELECT v.profile_id, v.id, 'S' || n, 'Practice', date '2023-01-01' + n, 'Track ' || (n % 30), 'active', '{"SO_F": 500}'::jsonb
        FROM vehicles v, generate_series(1, 1000) n WHERE v.nickname = 'Big'
        UNION ALL
        SELECT v.profile_id, v.id, 'S' || n, 'Practice', date '2023-01-01' + n, 'Track ' || (n % 30), 'active', '{}'
        FROM vehicles v, generate_series(1, 400) n WHERE v.nickname LIKE 'n%';
        INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times, laps_completed, best_lap, average_lap,
                                  total_time, consistency)
        SELECT s.id, s.profile_id, 'Q' || h, 'Buggy', h, '[24.1, 24.5, 24.3]', 3, 24.1, 24.3, interval '73 seconds', 99.2
        FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id, generate_series(1, 3) h WHERE v.profile_id = (SELECT id FROM racer_profiles WHERE name = 'Club Racer');
        INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, source, status)
        SELECT s.id, s.vehicle_id, 'SO_F', '450', '500', 'manual', 'accepted'
        FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id WHERE v.profile_id = (SELECT id FROM racer_profiles WHERE name = 'Club Racer');
        ANALYZE;
        """;
}
