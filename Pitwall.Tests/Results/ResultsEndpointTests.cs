using System.Net;
using System.Text;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Results;

/// <summary>Results over HTTP: save, edit, delete, CSV, 422s, adopted rows, another racer's ids, the Performance view.</summary>
public abstract class ResultsEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : ResultsEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : ResultsEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _session;
    string _adopted = "";

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        _session = await SessionAsync(_app.AnasCar, "Saturday practice", "2026-11-21");
        // The earlier tool's results on an adopted database (none on a fresh one): what no test here may change.
        _adopted = await Rows();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<int> SessionAsync(int car, string name, string date)
    {
        var created = await _app.Ana.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = car.ToString(), ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = date,
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        return await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM sessions");
    }

    static Dictionary<string, string> Result(string laps, string heat = "Q1") => new()
    {
        ["Heat"] = heat, ["RacingClass"] = "1/8 Nitro Buggy", ["Position"] = "3", ["LapTimes"] = laps,
    };

    /// <summary>Every result in the database (the earlier tool's included), to show what changed.</summary>
    Task<string> Rows() => TestPostgres.ScalarAsync<string>(Db,
        "SELECT coalesce(string_agg(row(r.*)::text, E'\\n' ORDER BY id), '') FROM race_results r");

    [Fact]
    public async Task PastedLaps_AreSaved_WithTheirFigures_AndShown()
    {
        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("1) 25\n2) 24\n3) 26\n4) 25\n5) 25"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"results\"", html);
        Assert.Contains("Q1 · 1/8 Nitro Buggy · P3", html);
        Assert.Contains("<dd>24.000</dd>", html);   // best lap
        Assert.Contains("<dd>1:15.000</dd>", html); // best 3 consecutive, 75 s
        Assert.Contains("<svg", html);
        // Mean 25, deviations 0, −1, 1, 0, 0: s = √(2 ÷ 4) = 0.7071; consistency 100 − 100 × 0.7071 ÷ 25 = 97.172 %,
        // stored as the earlier tool's numeric(10,3) columns hold it; the total, 125 s, as its interval.
        Assert.Equal("[25, 24, 26, 25, 25]|5|24.000|25.000|00:02:05|97.172", await TestPostgres.ScalarAsync<string>(Db,
            $"SELECT lap_times::text || '|' || laps_completed || '|' || best_lap || '|' || average_lap || '|' || total_time || '|' || consistency FROM race_results WHERE session_id = {_session}"));
    }

    [Fact]
    public async Task AddResult_IsStoredInTheEarlierToolsColumns_AndItsOwnReadsReturnItInItsMeaning()
    {
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("25\n24\n26\n25\n25"));
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("24\n24.2\n24.1", heat: "Q2"));

        var stored = await TestPostgres.ScalarAsync<string>(Db, $"""
            SELECT string_agg(concat_ws('|', heat_name, race_class, position, laps_completed, total_time, best_lap, average_lap, consistency, lap_times),
                              E'\n' ORDER BY id)
            FROM race_results WHERE session_id = {_session}
            """);
        // The earlier tool's reads of a session, as it runs them.
        await using var tool = new Npgsql.NpgsqlConnection(Db);
        var (best, consistency) = await Dapper.SqlMapper.QuerySingleAsync<(decimal, decimal)>(tool,
            "SELECT min(best_lap), avg(consistency) FROM race_results WHERE session_id = @session", new { session = _session });
        var heats = await Dapper.SqlMapper.QueryAsync<string>(tool,
            "SELECT heat_name FROM race_results WHERE session_id = @session ORDER BY id", new { session = _session });

        // Q1: mean 25, s = √(2 ÷ 4) = 0.7071, consistency 100 − 100 × 0.7071 ÷ 25 = 97.172 %, total 125 s.
        // Q2: 24, 24.2, 24.1: mean 24.1, s = √(0.02 ÷ 2) = 0.1, consistency 100 − 100 × 0.1 ÷ 24.1 = 99.585 %, total 72.3 s.
        Assert.Equal("""
            Q1|1/8 Nitro Buggy|3|5|00:02:05|24.000|25.000|97.172|[25, 24, 26, 25, 25]
            Q2|1/8 Nitro Buggy|3|3|00:01:12.3|24.000|24.100|99.585|[24, 24.2, 24.1]
            """, stored);
        Assert.Equal(24m, best);
        Assert.Equal(98.3785m, consistency);   // (97.172 + 99.585) ÷ 2
        Assert.Equal(["Q1", "Q2"], heats);
    }

    [Fact]
    public async Task UnreadableLaps_Answer422_NamingTheLineAndItsText_AndSaveNothing()
    {
        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("24.5\n25.1\nDNF"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Line 3: &quot;DNF&quot;", html);
        Assert.Contains("value=\"Q1\"", html);
        Assert.Equal(_adopted, await Rows());
    }

    [Fact]
    public async Task AMissingHeat_Answers422_BesideTheField()
    {
        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("24.5", heat: " "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Name the heat", await response.Content.ReadAsStringAsync());
        Assert.Equal(_adopted, await Rows());
    }

    [Fact]
    public async Task ACsvFile_IsReadLikePastedLaps()
    {
        var csv = Encoding.UTF8.GetBytes("Lap,Lap Time\n1,24.516\n2,1:02.345\n");

        var response = await _app.Ana.HtmxPostFileAsync($"/event-setup/sessions/{_session}/results", Result(""), "csv", "laps.csv", csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[24.516, 62.345]", await TestPostgres.ScalarAsync<string>(Db, $"SELECT lap_times::text FROM race_results WHERE session_id = {_session}"));
    }

    [Fact]
    public async Task AResult_CanBeEdited_AndDeleted()
    {
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("24.5\n25.5"));
        var id = await TestPostgres.ScalarAsync<int>(Db, $"SELECT id FROM race_results WHERE session_id = {_session}");

        var form = await (await _app.Ana.HtmxGetAsync($"/results/{id}/edit")).Content.ReadAsStringAsync();
        var edited = await _app.Ana.HtmxPostAsync($"/results/{id}", Result("23.5\n24.5", heat: "A-Main"));
        var afterEdit = await TestPostgres.ScalarAsync<string>(Db, $"SELECT heat_name || '|' || best_lap FROM race_results WHERE id = {id}");
        var deleted = await _app.Ana.HtmxPostAsync($"/results/{id}/delete", new Dictionary<string, string>());

        Assert.Contains(">24.500\n25.500</textarea>", form.Replace("&#xA;", "\n"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("A-Main|23.500", afterEdit);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(_adopted, await Rows());
    }

    [Fact]
    public async Task AnotherRacersSessionOrResult_Is404_AndChangesNothing()
    {
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("24.5\n25.5"));
        var id = await TestPostgres.ScalarAsync<int>(Db, $"SELECT id FROM race_results WHERE session_id = {_session}");
        var before = await Rows();

        var answers = new[]
        {
            await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/{_session}/results"),
            await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/{_session}/results/new"),
            await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("30")),
            await _app.Bruno.HtmxGetAsync($"/results/{id}/edit"),
            await _app.Bruno.HtmxPostAsync($"/results/{id}", Result("30")),
            await _app.Bruno.HtmxPostAsync($"/results/{id}/delete", new Dictionary<string, string>()),
            await _app.Bruno.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/performance"),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(before, await Rows());
    }

    [Fact]
    public async Task AdoptedResults_AreShown_FromTheirLapsOrTheirStoredFigures_AndEditingKeepsWhatPitwallDoesNotUse()
    {
        // As other tools wrote them: laps as numbers and strings; and a line of the earlier tool's LiveRC harvester,
        // without laps, its total an interval (30 laps × 41.5 s = 20:45) and LiveRC's consistency %.
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO race_results (session_id, profile_id, heat_name, lap_times)
            SELECT id, profile_id, 'Q2', '[42.1, "41.9", "1:00.5"]' FROM sessions WHERE id = {_session};
            INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, laps_completed, total_time,
                                      best_lap, average_lap, consistency, liverc_event_id, liverc_driver_id)
            SELECT id, profile_id, 'A-Main', '1/8 Nitro Buggy', 4, 30, interval '00:20:45', 40.25, 41.5, 96.4, 'LRC-9', '77123'
            FROM sessions WHERE id = {_session};
            """);
        var withoutLaps = await TestPostgres.ScalarAsync<int>(Db, $"SELECT id FROM race_results WHERE session_id = {_session} AND heat_name = 'A-Main'");

        var html = await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{_session}/results")).Content.ReadAsStringAsync();
        var edited = await _app.Ana.HtmxPostAsync($"/results/{withoutLaps}", new Dictionary<string, string>
        {
            ["Heat"] = "A-Main", ["RacingClass"] = "", ["Position"] = "2", ["LapTimes"] = "",
        });

        Assert.Contains("<dd>41.900</dd>", html);   // best of the laps stored as numbers and strings
        Assert.Contains("<dd>40.250</dd>", html);   // stored best lap of the row without laps
        Assert.Contains("<dd>96.4</dd>", html);     // its stored consistency %
        Assert.Contains("LiveRC event LRC-9, driver 77123", html);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("2|30|00:20:45|40.250|41.500|96.400|LRC-9|77123", await TestPostgres.ScalarAsync<string>(Db, $"""
            SELECT concat_ws('|', position, laps_completed, total_time, best_lap, average_lap, consistency, liverc_event_id, liverc_driver_id)
            FROM race_results WHERE id = {withoutLaps}
            """));
    }

    [Fact]
    public async Task AStoredFigure_IsShownAsStored_EverywhereAlike_AndTheOthersComeFromTheLaps()
    {
        // The tool's harvester stored LiveRC's official best (41.850, a lap the transponder split
        // differently) beside laps whose own best is 41.900: one value is shown, the stored one.
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO race_results (session_id, profile_id, heat_name, lap_times, laps_completed, best_lap, average_lap, consistency)
            SELECT id, profile_id, 'Q3', '[41.9, 42.3, 42.0]', 3, 41.850, 42.067, 99.5 FROM sessions WHERE id = {_session};
            """);

        var results = await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{_session}/results")).Content.ReadAsStringAsync();
        var list = await (await _app.Ana.HtmxGetAsync("/event-setup/panel")).Content.ReadAsStringAsync();

        Assert.Contains("<dd>41.850</dd>", results);  // best lap, as stored
        Assert.DoesNotContain("<dd>41.900</dd>", results);
        Assert.Contains("<dd>99.5</dd>", results);    // consistency, as stored
        Assert.Contains("<dd>2:06.200</dd>", results); // best 3 consecutive: no column holds it, so from the laps
        Assert.Contains("best 41.850", list);          // the Event Setup list reads the same column
    }

    [Fact]
    public async Task TheEventSetupList_ShowsEachSessionsBestLap()
    {
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("24.516\n25.5"));

        var panel = await (await _app.Ana.HtmxGetAsync("/event-setup/panel")).Content.ReadAsStringAsync();

        Assert.Contains("best 24.516", panel);
    }

    [Fact]
    public async Task ThePerformanceView_ListsTheCarsSessionsNewestFirst_WithAChart()
    {
        var second = await SessionAsync(_app.AnasCar, "Club race", "2026-11-22");
        var third = await SessionAsync(_app.AnasCar, "Big race", "2026-11-23");
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/results", Result("25\n24\n26\n25\n25"));
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{second}/results", Result("24\n24.2\n24.1"));
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{third}/results", Result("23.9\n24\n23.95"));

        var html = await (await _app.Ana.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/performance")).Content.ReadAsStringAsync();
        var page = await _app.Ana.GetAsync($"/shop-master/cars/{_app.AnasCar}/performance");

        var table = html[html.IndexOf("<table", StringComparison.Ordinal)..];
        HtmlAssert.InOrder(table, "Big race", "Club race", "Saturday practice");
        Assert.Contains("<svg", html);
        Assert.Matches(@"<td data-label=""Best lap"">23\.900</td>\s*<td data-label=""Best 3 consecutive"">1:11\.850</td>", html);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePerformanceView_ShowsFiftySessionsAPage_AnOlderPageStaysPut_WhenANewSessionIsAdded_AndAnotherCarsSessionIsNoStart()
    {
        // 120 sessions newer than the fixture's, one a day; "Round 120" is the newest.
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_date, status)
            SELECT profile_id, id, 'Round ' || n, date '2030-01-01' + n, 'locked' FROM vehicles, generate_series(1, 120) n WHERE id = {_app.AnasCar}
            """);
        var round71 = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM sessions WHERE session_name = 'Round 71'");
        var round21 = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM sessions WHERE session_name = 'Round 21'");
        var url = $"/shop-master/cars/{_app.AnasCar}/performance";

        var first = await (await _app.Ana.HtmxGetAsync(url)).Content.ReadAsStringAsync();
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_date, status)
            SELECT profile_id, id, 'Round 121', date '2030-06-01', 'locked' FROM vehicles WHERE id = {_app.AnasCar}
            """);
        var second = await (await _app.Ana.HtmxGetAsync($"{url}?before={round71}")).Content.ReadAsStringAsync();
        var brunos = await TestPostgres.ScalarAsync<int>(Db,
            $"INSERT INTO sessions (profile_id, vehicle_id, session_name) SELECT profile_id, id, 'His' FROM vehicles WHERE id = {_app.BrunosCar} RETURNING id");
        var foreign = await _app.Ana.HtmxGetAsync($"{url}?before={brunos}");

        static int Rows(string html) => html.Split("<th scope=\"row\">").Length - 1;
        Assert.Equal(CarPerformanceRows, Rows(first));
        HtmlAssert.InOrder(first, "<th scope=\"row\">Round 120</th>", "<th scope=\"row\">Round 71</th>");
        Assert.DoesNotContain("<th scope=\"row\">Round 70</th>", first);
        Assert.Contains($"{url}?before={round71}", first);
        Assert.DoesNotContain("← Newest sessions", first);
        // The older page starts where the first ended, though Round 121 came since.
        Assert.Equal(CarPerformanceRows, Rows(second));
        HtmlAssert.InOrder(second, "<th scope=\"row\">Round 70</th>", "<th scope=\"row\">Round 21</th>");
        Assert.DoesNotContain("<th scope=\"row\">Round 71</th>", second);
        Assert.Contains("← Newest sessions", second);
        Assert.Contains($"{url}?before={round21}", second);
        // A page that starts at another car's session is not found.
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    const int CarPerformanceRows = Pitwall.Sql.Results.CarPerformance.PageSize;
}
