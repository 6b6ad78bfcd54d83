using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using Pitwall.Sql.Browsers;
using Pitwall.Sql.Database;
using Pitwall.Sql.Profiles;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// For `make bench` (which references this assembly), like ExchangeMeasurement: on a migrated
/// database of its own (it adds a racer, a car and a session, and a result per run), reads a
/// MyLaps/Orbits paste of <paramref name="drivers"/> drivers and <paramref name="laps"/> laps each
/// (results and every passing, the largest layout a racer pastes), matches the racer in the field
/// and saves the heat, <paramref name="runs"/> times after <paramref name="warm"/> untimed ones, as ➕ Add Result runs them: parse, the
/// context read, the suggestion, the save (one statement). It counts the transactions that wrote
/// the saved rows, so a save that took more than one shows.
/// </summary>
public static class TimingMeasurement
{
    /// <param name="warm">Runs before the timed ones, as a running app has served: .NET compiles a method fully after some 30 calls.</param>
    public static async Task<TimingFigures> MeasureAsync(string connectionString, int drivers = 40, int laps = 40, int runs = 200, int warm = 30)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        var db = new Db(source);
        var store = new TimingStore(db);
        var name = $"Bench Timing {Guid.NewGuid():N}";
        if (await new ProfileStore(db).CreateAsync(name, null) is not (ProfileWriteOutcome.Saved, var racer))
            throw new InvalidOperationException($"racer {name} exists");
        var browser = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        await new BrowserStore(db).SwitchAsync(null, browser, racer);
        var car = await ScalarAsync<int>(source,
            $"INSERT INTO vehicles (profile_id, brand, model, nickname) VALUES ({racer}, 'Mugen', 'MBX8R', 'Bench timing') RETURNING id");
        var session = await ScalarAsync<int>(source, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, status)
            VALUES ({racer}, {car}, 'Bench timing', 'Race', date '2026-03-14', 'active') RETURNING id
            """);
        var paste = Paste(drivers, laps, racerAt: drivers / 2, name);

        var parse = new List<double>();
        var whole = new List<double>();
        async Task Run()
        {
            var clock = Stopwatch.StartNew();
            var (sheet, problem) = TimingParser.Parse(paste);
            parse.Add(clock.Elapsed.TotalMilliseconds);
            if (problem is not null) throw new InvalidOperationException($"paste: {problem}");
            var context = await store.ContextAsync(browser, session) ?? throw new InvalidOperationException("no session");
            var suggestion = DriverSuggestion.For(sheet!.Drivers, context, null);
            if (suggestion.Only is not { } line) throw new InvalidOperationException($"match: {suggestion.Outcome}");
            var save = TimingSave.Of(sheet, line, suggestion.ChosenAs(line), "Heat 1", null, null, null, context.MinimumLap)!;
            if ((await store.SaveAsync(browser, session, save)).Outcome != ResultWriteOutcome.Saved)
                throw new InvalidOperationException("save refused");
            whole.Add(clock.Elapsed.TotalMilliseconds);
        }

        for (var i = 0; i < Math.Max(1, warm); i++) await Run(); // statements prepared, code compiled
        (parse, whole) = ([], []);
        for (var i = 0; i < runs; i++) await Run();
        // Every row a transaction writes carries its id (xmin): one save in one transaction gives its result and its
        // heat the same one, and each save its own. Counted on this session's rows, so other writers do not count.
        var transactions = await ScalarAsync<double>(source, $"""
            SELECT count(DISTINCT t.x)::float8 / count(DISTINCT t.result)
            FROM (SELECT r.id AS result, r.xmin::text AS x FROM race_results r WHERE r.session_id = {session}
                  UNION ALL
                  SELECT h.result_id, h.xmin::text FROM timing_heats h JOIN race_results r ON r.id = h.result_id
                  WHERE r.session_id = {session}) t
            """);

        whole.Sort();
        parse.Sort();
        return new(drivers, laps, runs, Encoding.UTF8.GetByteCount(paste), Percentile(parse, 50),
            Percentile(whole, 50), Percentile(whole, 95), Percentile(whole, 99), whole[^1], transactions);
    }

    static double Percentile(List<double> sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    /// <summary>
    /// A MyLaps/Orbits copy: the results table, then the lap times in passing order after the Green
    /// Flag row. Lap times vary by driver and lap (24–29 s, three decimals); the racer's line is at
    /// <paramref name="racerAt"/>, under the racer's own name.
    /// </summary>
    public static string Paste(int drivers, int laps, int racerAt, string racerName)
    {
        var times = Enumerable.Range(0, drivers)
            .Select(d => Enumerable.Range(0, laps).Select(l => 24m + d * 0.05m + ((d * 7 + l * 13) % 100) / 100m + (l % 7) * 0.011m).ToList())
            .ToList();
        string Name(int d) => d == racerAt ? racerName : $"Driver {d + 1}";
        var text = new StringBuilder("Pos\tNo.\tName\tLaps\tDiff\tGap\tTotal Tm\tBest Tm\tIn Lap\tNat/State\tSponsor\n");
        for (var d = 0; d < drivers; d++)
        {
            var best = times[d].Min();
            text.Append(CultureInfo.InvariantCulture,
                $"{d + 1}\t{d + 101}\t{Name(d)}\t{laps}\t\t\t{Time(times[d].Sum())}\t{Time(best)}\t{times[d].IndexOf(best) + 1}\tUSA\t\n");
        }
        text.Append("\n#\tNo.\tName\tLaps\tLead\tLap Tm\tElapsed Tm\tTime of Day\tSpeed\n\t\tGreen Flag\t\t\t\t\t14:02:11.120\t\n");
        var elapsed = new decimal[drivers];
        var passing = 0;
        for (var l = 0; l < laps; l++)
            for (var d = 0; d < drivers; d++)
            {
                elapsed[d] += times[d][l];
                text.Append(CultureInfo.InvariantCulture,
                    $"{++passing}\t{d + 101}\t{Name(d)}\t{l + 1}\t{l + 1}\t{Time(times[d][l])}\t{Time(elapsed[d])}\t\t\n");
            }
        return text.ToString();
    }

    static string Time(decimal seconds) => LapFigures.Time(seconds);

    static async Task<T> ScalarAsync<T>(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }
}
