using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pitwall.Bench;
using Pitwall.Sql;
using Pitwall.Sql.Local;
using Pitwall.Sql.Migrations;

// `make bench`: Pitwall measured against the limit its database sets. Everything runs on
// loopback against a private PostgreSQL cluster that is created fresh and removed after.
var seconds = int.TryParse(Environment.GetEnvironmentVariable("BENCH_SECONDS"), out var s) ? s : 4;
// Each app run is paired with a pgbench run right after it, and the pair repeated: the machine's
// pace drifts (pgbench's rate moved 3x between two runs once), a ratio of neighbours does not.
// BENCH_ONLY=<part of a fragment's name>: that fragment alone, for working on it; the report then goes to .pitwall/bench.
var only = Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } o ? o : null;
var repeats = int.TryParse(Environment.GetEnvironmentVariable("BENCH_REPEATS"), out var r) ? Math.Max(1, r) : 3;
var root = FindRoot();
var publishDir = Path.Combine(root, "publish", "web");
var work = Directory.CreateDirectory(Path.Combine(root, ".pitwall", "bench")).FullName;
var dataDir = Path.Combine(work, "postgres");
var bin = LocalPostgres.FindBinaries() ?? throw new InvalidOperationException(LocalPostgres.InstallHint);
void Say(string what) => Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {what}");

if (Directory.Exists(dataDir)) await Shell.RunAsync("rm", ["-rf", dataDir]);
var server = new LocalPostgres(dataDir, AppUnderTest.FreePort(), NullLogger.Instance, "bench_app");
await server.StartAsync(["shared_preload_libraries=pg_stat_statements", "max_connections=200", "shared_buffers=256MB"]);
var results = new Results(Environment.ProcessorCount, DateTime.Now, seconds, repeats);
try
{
    // 4. Startup: process start to first 200, on a fresh database (three runs) and on a migrated one.
    Say("startup");
    for (var run = 0; run < (only is null ? 3 : 0); run++)
    {
        await server.CreateDatabaseAsync($"bench_fresh_{run}");
        var (app, fresh) = await AppUnderTest.StartAsync(publishDir, server.ConnectionString($"bench_fresh_{run}"));
        results.FreshStart.Add(fresh.TotalMilliseconds);
        results.FreshMigration.Add(double.Parse(MigratedIn().Match(app.Log).Groups[1].Value, CultureInfo.InvariantCulture));
        await app.DisposeAsync();
        var (again, migrated) = await AppUnderTest.StartAsync(publishDir, server.ConnectionString($"bench_fresh_{run}"));
        results.MigratedStart.Add(migrated.TotalMilliseconds);
        await again.DisposeAsync();
    }

    // 1-3. Fragments: wrk against the app and against the floor, pgbench on the same SQL, round trips from pg_stat_statements.
    Say("seeding the fragment data");
    var appDb = server.ConnectionString("bench_app");
    await using (var app0 = (await AppUnderTest.StartAsync(publishDir, appDb)).App) { }
    await ExecuteAsync(appDb, Seed.Fleet + Seed.Library(100_000) + Seed.BigCar(sessions: 1_000, heats: 3) +
                              "\nCREATE EXTENSION IF NOT EXISTS pg_stat_statements;\nANALYZE;");
    // Browsers, each by its cookie's id (the cookie kept its name, pitwall_session: BrowserCookie.PlainCookie):
    // 16 of the bench racer's, 16 of the racer whose one car has a thousand sessions.
    var browsers = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();
    var bigCarBrowsers = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();
    await ExecuteAsync(appDb, "INSERT INTO browser_sessions (id_hash, racer_id) SELECT sha256(uuid_send(id)), 1 FROM unnest(@ids) id", ("ids", browsers.ToArray()));
    await ExecuteAsync(appDb, $"INSERT INTO browser_sessions (id_hash, racer_id) SELECT sha256(uuid_send(id)), (SELECT profile_id FROM vehicles WHERE nickname = '{Seed.BigCarName}') FROM unnest(@ids) id",
        ("ids", bigCarBrowsers.ToArray()));
    var (bench, _) = await AppUnderTest.StartAsync(publishDir, appDb);
    await using (bench)
    {
        var (antiforgery, token) = await AntiforgeryAsync(bench.BaseUrl);
        var resultsSession = await ScalarAsync<int>(appDb, "SELECT session_id FROM race_results LIMIT 1");
        var bigCar = await ScalarAsync<int>(appDb, $"SELECT id FROM vehicles WHERE nickname = '{Seed.BigCarName}'");
        var bigCarSession = await ScalarAsync<int>(appDb, $"SELECT max(id) FROM sessions WHERE vehicle_id = {bigCar}");
        // A deep page: the entry after which the 5,000th page of the newest-first list begins.
        var deepEntry = await ScalarAsync<int>(appDb, "SELECT id FROM master_library ORDER BY coalesce(date_created, '-infinity'::date) DESC, id DESC OFFSET 99979 LIMIT 1");
        Dictionary<string, object?> Library(string? brand = null, string? track = null, string? search = null, int? before = null) => new()
        {
            ["brand"] = brand, ["model"] = null, ["track"] = track, ["traction"] = null, ["condition"] = null, ["search"] = search,
            ["before"] = before, ["after"] = null, ["limit"] = Pitwall.Sql.Library.LibraryQuery.PageSize,
        };
        int[] atEight = [8];
        var fragments = new List<Fragment>
        {
            new("Session results (3 × 30 laps)", "GET", $"/event-setup/sessions/{resultsSession}/results", true, ["Results_ForSession"],
                new Dictionary<string, object?> { ["sessionid"] = resultsSession }) { Browsers = browsers },
            new("Fleet panel (10 cars)", "GET", "/shop-master/fleet", true, ["Cars_FleetPanel"]) { Browsers = browsers },
            new("Racer switch (POST)", "POST", "/profiles/switch", true, ["Browsers_Switch"]) { Browsers = browsers },
            new("Event-setup panel", "GET", "/event-setup/panel", true, ["EventSessions_Panel"]) { Browsers = browsers, Profile = true },
            new("Compare (a session with 3 results, a baseline)", "GET", $"/compare?a=session-{resultsSession}&b=car-1", true, ["Compare_Setups"],
                new Dictionary<string, object?> { ["akind"] = "session", ["aid"] = resultsSession, ["bkind"] = "car", ["bid"] = 1 }) { Browsers = browsers },
            new("Changes view", "GET", "/shop-master/cars/1/changes", true, ["Changes_ForCar"], new Dictionary<string, object?> { ["car"] = 1 }) { Browsers = browsers },
            new("Full page", "GET", "/", false, ["Profiles_Sidebar", "EventSessions_Panel"]) { Browsers = browsers, Profile = true },
            // The library at 100,000 entries: a search ("driver 42" is in 2 % of entries), two filters, a deep page.
            new("Library, 100k: search", "GET", "/library?q=driver%2042", true, ["Library_List"], Library(search: "driver 42")) { Browsers = browsers, Levels = atEight },
            new("Library, 100k: brand and track", "GET", "/library?brand=Xray&track=Track%2018", true, ["Library_List"], Library(brand: "Xray", track: "Track 18"))
                { Browsers = browsers, Levels = atEight },
            new("Library, 100k: page 5,000", "GET", $"/library?before={deepEntry}", true, ["Library_List"], Library(before: deepEntry)) { Browsers = browsers, Levels = atEight },
            // A car with 1,000 sessions and 3,000 results.
            new("Car of 1,000 sessions: performance", "GET", $"/shop-master/cars/{bigCar}/performance", true, ["Results_CarPerformance"],
                new Dictionary<string, object?> { ["car"] = bigCar, ["size"] = Pitwall.Sql.Results.CarPerformance.PageSize }) { Browsers = bigCarBrowsers, Levels = atEight },
            new("Car of 1,000 sessions: changes", "GET", $"/shop-master/cars/{bigCar}/changes", true, ["Changes_ForCar"],
                new Dictionary<string, object?> { ["car"] = bigCar }) { Browsers = bigCarBrowsers, Levels = atEight },
            new("Car of 1,000 sessions: compare offers", "GET", $"/event-setup/sessions/{bigCarSession}/compare", true, ["Compare_Offers"],
                new Dictionary<string, object?> { ["id"] = bigCarSession }) { Browsers = bigCarBrowsers, Levels = atEight },
            new("Car of 1,000 sessions: export", "GET", $"/shop-master/cars/{bigCar}/export", false, ["Exchange_Export"],
                new Dictionary<string, object?> { ["car"] = bigCar }) { Browsers = bigCarBrowsers, Levels = atEight },
        };
        var sizes = new Dictionary<Fragment, Sizes>();
        fragments.RemoveAll(f => only is not null && !f.Name.Contains(only, StringComparison.OrdinalIgnoreCase));
        foreach (var f in fragments) sizes[f] = await SizesAsync(bench.BaseUrl, f, antiforgery, token);
        await using var floor = await Floor.StartAsync(appDb, sizes.ToDictionary(x => x.Key, x => x.Value.Raw));
        foreach (var f in fragments)
        {
            var lua = Path.Combine(work, $"{f.Slug}.lua");
            await File.WriteAllTextAsync(lua, f.Lua(antiforgery, token));
            var scripts = f.PgBenchScripts(work);
            // Warm up at the highest concurrency first: JIT tiers, the thread pool and Npgsql's pool
            // (each new connection prepares its statements) settle before anything is measured.
            Say($"{f.Name}: warm-up");
            foreach (var url in new[] { bench.BaseUrl + f.Path, floor.Url(f) })
            {
                await Wrk.RunAsync(url, f.Levels.Max(), 3, lua);
                await Wrk.RunAsync(url, 8, 2, lua);
            }
            var trips = await RoundTripsAsync(appDb, bench.BaseUrl, f, antiforgery, token);
            foreach (var c in f.Levels)
            {
                var row = new LoadRow(f.Name, c, sizes[f], trips);
                for (var run = 1; run <= repeats; run++)
                {
                    Say($"{f.Name}: {c} connections, run {run} of {repeats}");
                    row.App.Add(await Wrk.RunAsync(bench.BaseUrl + f.Path, c, seconds, lua));
                    row.Floor.Add(await Wrk.RunAsync(floor.Url(f), c, seconds, lua));
                    row.Limit.Add(await PgBench.RunAsync(bin, server.Port, "bench_app", c, seconds, scripts));
                }
                results.Load.Add(row);
            }
            if (f.Profile)
            {
                Say($"{f.Name}: profile at 8 connections");
                results.Profiles.Add(await Profiler.RunAsync(root, work, bench.ProcessId, bench.BaseUrl + f.Path, lua, f.Name, 8, seconds));
            }
        }
        Say("bytes of a first and a repeat visit");
        results.Visit = await VisitAsync(bench.BaseUrl, browsers[0]);
    }
    if (only is not null) return await WriteAsync(Path.Combine(work, "results.md"));

    // 6. Exchange: export and import of a car with 200 sessions of 3 heats of 30 laps, in a database of its own.
    Say("exchange: a car of 200 sessions");
    await server.CreateDatabaseAsync("bench_exchange");
    var exchangeDb = server.ConnectionString("bench_exchange");
    new Migrator(exchangeDb, NullLogger.Instance).Migrate();
    results.Exchange = await Pitwall.Sql.Exchange.ExchangeMeasurement.MeasureAsync(exchangeDb, sessions: 200, heats: 3, laps: 30, runs: 5);

    // 5. Scale: the Phase 4.4 migration on legacy tables of 1,000 and 1,000,000 racers, then the default lookup on each.
    foreach (var count in new[] { 1_000, 1_000_000 })
    {
        Say($"scale: {count:N0} legacy racers");
        var name = $"bench_legacy_{count}";
        await server.CreateDatabaseAsync(name);
        var db = server.ConnectionString(name);
        await ExecuteAsync(db, Seed.LegacyRacers(count));
        await ExecuteAsync(db, "VACUUM ANALYZE racer_profiles");
        var before = await ScalarAsync<long>(db, "SELECT relfilenode::bigint FROM pg_class WHERE relname = 'racer_profiles'");
        var log = new CapturingLogger();
        var migration = new Migrator(db, log).Migrate();
        var after = await ScalarAsync<long>(db, "SELECT relfilenode::bigint FROM pg_class WHERE relname = 'racer_profiles'");
        var plan = await PlanAsync(db, SqlFiles.Get("Profiles_GetDefault"));
        var lookup = await PgBench.RunAsync(bin, server.Port, name, 1, seconds, [Script(work, $"default_{count}", SqlFiles.Get("Profiles_GetDefault"))]);
        results.Scale.Add(new ScaleRow(count, log.AppliedMs("V2__default_racer.sql"), migration.ElapsedMs, before == after, plan, lookup.LatencyMs));
    }
}
finally
{
    await server.StopAsync();
    await Shell.RunAsync("rm", ["-rf", dataDir]);
}

return await WriteAsync(Path.Combine(root, "bench", "results.md"));

async Task<int> WriteAsync(string report)
{
    await File.WriteAllTextAsync(report, results.Markdown());
    await Chart.DrawAsync(results, work, Path.Combine(Path.GetDirectoryName(report)!, "ratios.png"));
    Say($"wrote {report} and ratios.png beside it");
    return 0;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "pitwall.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run from the working copy (pitwall.sln not found).");
}

static async Task ExecuteAsync(string db, string sql, params (string Name, object Value)[] args)
{
    await using var connection = new NpgsqlConnection(db);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
    foreach (var (n, v) in args) command.Parameters.AddWithValue(n, v);
    await command.ExecuteNonQueryAsync();
}

static async Task<T> ScalarAsync<T>(string db, string sql)
{
    await using var connection = new NpgsqlConnection(db);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return (T)(await command.ExecuteScalarAsync())!;
}

static async Task<string> PlanAsync(string db, string sql)
{
    await using var connection = new NpgsqlConnection(db);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + sql.TrimEnd().TrimEnd(';'), connection);
    await using var reader = await command.ExecuteReaderAsync();
    var lines = new List<string>();
    while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
    return string.Join("\n", lines);
}

static string Script(string dir, string name, string sql)
{
    var path = Path.Combine(dir, name + ".sql");
    File.WriteAllText(path, sql);
    return path;
}

// One request as a browser makes it: the antiforgery cookie and token from a page load.
static async Task<(string Cookie, string Token)> AntiforgeryAsync(string baseUrl)
{
    using var http = new HttpClient();
    var response = await http.GetAsync(baseUrl + "/");
    var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("pitwall_antiforgery=", StringComparison.Ordinal)).Split(';')[0];
    var token = Regex.Match(await response.Content.ReadAsStringAsync(), "\"RequestVerificationToken\": \"([^\"]+)\"").Groups[1].Value;
    return (cookie, token);
}

static HttpRequestMessage Request(string baseUrl, Fragment f, string antiforgery, string token)
{
    var browser = f.Browsers[0];
    var request = new HttpRequestMessage(new HttpMethod(f.Method), baseUrl + f.Path);
    request.Headers.TryAddWithoutValidation("Cookie", $"{antiforgery}; pitwall_session={browser:N}");
    if (f.Htmx) request.Headers.Add("HX-Request", "true");
    if (f.Method == "POST")
    {
        request.Headers.Add("RequestVerificationToken", token);
        request.Content = new StringContent("racerId=1", new MediaTypeHeaderValue("application/x-www-form-urlencoded"));
    }
    return request;
}

// Bytes of one response as the browser receives it: raw, and compressed as Brotli and as gzip.
static async Task<Sizes> SizesAsync(string baseUrl, Fragment f, string antiforgery, string token)
{
    async Task<long> Body(string? encoding)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
        var request = Request(baseUrl, f, antiforgery, token);
        if (encoding is not null) request.Headers.Add("Accept-Encoding", encoding);
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
    return new Sizes(await Body(null), await Body("br"), await Body("gzip"));
}

// A first visit downloads the page and every stylesheet and script it names (Brotli, as browsers ask);
// a repeat visit re-downloads the static files that are not cached as immutable.
static async Task<Visit> VisitAsync(string baseUrl, Guid browser)
{
    using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
    Task<HttpResponseMessage> Get(string path, bool brotli)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + path);
        request.Headers.TryAddWithoutValidation("Cookie", $"pitwall_session={browser:N}");
        if (brotli) request.Headers.Add("Accept-Encoding", "br");
        return http.SendAsync(request);
    }
    var html = await (await Get("/", brotli: false)).Content.ReadAsStringAsync();
    var page = (await (await Get("/", brotli: true)).Content.ReadAsByteArrayAsync()).LongLength;
    var assets = new List<(string Path, long Bytes, bool Immutable)>();
    foreach (var path in Regex.Matches(html, "(?:href|src)=\"(/[^\"]+\\.(?:css|js))\"").Select(m => m.Groups[1].Value).Distinct())
    {
        var response = await Get(path, brotli: true);
        response.EnsureSuccessStatusCode();
        var immutable = response.Headers.CacheControl?.ToString().Contains("immutable", StringComparison.Ordinal) == true;
        assets.Add((path, (await response.Content.ReadAsByteArrayAsync()).LongLength, immutable));
    }
    return new Visit(page, assets);
}

// Statements PostgreSQL ran per request, from pg_stat_statements: the watchdog's SELECT 1 and
// Npgsql's one-off type loading on a new physical connection are left out.
static async Task<double> RoundTripsAsync(string db, string baseUrl, Fragment f, string antiforgery, string token)
{
    const int requests = 200;
    using var http = new HttpClient();
    await ScalarAsync<object>(db, "SELECT pg_stat_statements_reset()");
    for (var i = 0; i < requests; i++) (await http.SendAsync(Request(baseUrl, f, antiforgery, token))).EnsureSuccessStatusCode();
    var calls = await ScalarAsync<decimal>(db, """
        SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%' AND query <> 'SELECT $1' AND query <> 'DISCARD ALL'
          AND query NOT ILIKE '%FROM pg_type%'
        """);
    var others = await ScalarAsync<string>(db, """
        SELECT coalesce(string_agg(calls || ' × ' || left(regexp_replace(query, '\s+', ' ', 'g'), 80), '; '), 'none') FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND calls < 100
          AND query NOT ILIKE '%pg_stat_statements%'
        """);
    Console.Error.WriteLine($"[bench] {f.Name}: statements run fewer than once per request: {others}");
    return (double)calls / requests;
}

partial class Program
{
    [GeneratedRegex(@"applied in (\d+) ms")]
    private static partial Regex MigratedIn();
}

/// <summary>Collects the migrator's events to read each migration's time.</summary>
sealed class CapturingLogger : ILogger
{
    readonly List<string> _messages = [];
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _messages.Add(formatter(state, exception));

    public long AppliedMs(string migration) =>
        long.Parse(Regex.Match(string.Join('\n', _messages), $@"Applied migration {Regex.Escape(migration)} in (\d+) ms").Groups[1].Value, CultureInfo.InvariantCulture);
}
