using System.Diagnostics;
using System.Text;
using Npgsql;
using Pitwall.Sql.Browsers;
using Pitwall.Sql.Database;
using Pitwall.Sql.Profiles;

namespace Pitwall.Sql.Exchange;

/// <summary>
/// For `make bench` (which references this assembly): seeds a racer with one car of
/// <paramref name="sessions"/> sessions, each with a full setup and <paramref name="heats"/>
/// results of <paramref name="laps"/> laps, then times the export (one read and the file
/// written), the file's check (CarFileReader) and the import into another racer (one
/// transaction), as the app runs them. Needs a migrated database of its own: it adds racers.
/// </summary>
public static class ExchangeMeasurement
{
    public static async Task<ExchangeFigures> MeasureAsync(string connectionString, int sessions = 200, int heats = 3, int laps = 30, int runs = 5)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        var db = new Db(source);
        var exchange = new ExchangeStore(db);
        var (owner, _) = await RacerAsync(db, "Bench exporter");
        await SeedAsync(source, owner, sessions, heats, laps);
        var browser = await BrowserAsync(db, owner);
        var car = await ScalarAsync<int>(source, $"SELECT id FROM vehicles WHERE profile_id = {owner}");

        string file = "";
        var export = Time(runs, async () => file = (await exchange.ExportAsync(browser, car, DateTimeOffset.UtcNow))!);
        var exportMs = await export;
        CarImport? parsed = null;
        var readMs = await Time(runs, () => { parsed = CarFileReader.Read(file).Import; return Task.CompletedTask; });
        var importMs = await Time(runs, async () =>
        {
            // Each run into a racer of its own: the same car twice for one racer is refused.
            var (racer, _) = await RacerAsync(db, $"Bench importer {Guid.NewGuid():N}");
            var (outcome, _) = await exchange.ImportAsync(await BrowserAsync(db, racer), parsed!, null);
            if (outcome != ImportOutcome.Imported) throw new InvalidOperationException($"import: {outcome}");
        });
        return new(sessions, sessions * heats, Encoding.UTF8.GetByteCount(file), exportMs, readMs, importMs);
    }

    static async Task<double> Time(int runs, Func<Task> action)
    {
        await action(); // warm: statements prepared, code jitted
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    static async Task<(int Racer, string Name)> RacerAsync(Db db, string name) =>
        await new ProfileStore(db).CreateAsync(name, null) is (ProfileWriteOutcome.Saved, var id)
            ? (id, name)
            : throw new InvalidOperationException($"racer {name} exists");

    static async Task<byte[]> BrowserAsync(Db db, int racer)
    {
        var browser = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        await new BrowserStore(db).SwitchAsync(null, browser, racer);
        return browser;
    }

    static async Task SeedAsync(NpgsqlDataSource source, int racer, int sessions, int heats, int laps)
    {
        const string setup = """
            {"DF": 7000, "DC": 10000, "DR": 3000, "SO_F": 450, "SO_R": 400, "SP_F": "Blue", "SP_R": "Green", "SB_F": 2.3, "SB_R": 2.5,
             "P_F": "1.2x4", "P_R": "1.2x4", "Toe_F": -1, "Toe_R": 3, "RH_F": 27, "RH_R": 28, "C_F": -2, "C_R": -2, "ST_F": "Outer",
             "ST_R": "Inner", "Droop_F": 5, "Droop_R": 6, "Tread": "Chunky", "Compound": "Green", "Engine": "REDS", "Clutch": "4 shoe",
             "Bell": 13, "Spur": 48, "Pipe": "2113", "Venturi": "7"}
            """;
        await using var c = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO vehicles (profile_id, brand, model, nickname, baseline_setup) VALUES ({racer}, 'Mugen', 'MBX8R', 'Bench', '{setup}');
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, track_size, traction, status, actual_setup)
            SELECT {racer}, v.id, 'Session ' || n, 'Practice', date '2026-01-01' + n, 'Thunder Alley', 'Large', 'High', 'active', '{setup}'
            FROM vehicles v, generate_series(1, {sessions}) n WHERE v.profile_id = {racer};
            INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times, laps_completed, best_lap, average_lap, total_time, consistency)
            SELECT s.id, {racer}, 'Q' || h, '1/8 Nitro Buggy', h,
                   (SELECT jsonb_agg(round(24 + random()::numeric, 3)) FROM generate_series(1, {laps})), {laps}, 24.1, 24.5,
                   make_interval(secs => 24.5 * {laps}), 98.78
            FROM sessions s, generate_series(1, {heats}) h WHERE s.profile_id = {racer};
            """, c);
        await command.ExecuteNonQueryAsync();
    }

    static async Task<T> ScalarAsync<T>(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
