using System.Globalization;
using System.Net;
using CsvHelper;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Exchange;

/// <summary>"Export CSV": one row per result with the session, the figures and one column per setup parameter, the earlier tool's results included.</summary>
public abstract class SessionsCsvTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : SessionsCsvTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : SessionsCsvTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    TestBrowser? _sam;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);

    public async Task DisposeAsync()
    {
        _sam?.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>The car's CSV as a browser downloads it: the answer, its bytes, and its rows by column (after the byte-order mark).</summary>
    static async Task<(HttpResponseMessage Response, byte[] Bytes, string[] Header, List<IDictionary<string, object>> Rows)> CsvAsync(TestBrowser browser, int car)
    {
        var response = await browser.GetAsync($"/shop-master/cars/{car}/sessions.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        using var csv = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3))), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        return (response, bytes, csv.HeaderRecord!, rows);
    }

    [Fact]
    public async Task TheCsv_IsUtf8WithAByteOrderMark_HasTheColumns_AndOneRowPerResult_WithFiguresAndSetupValues()
    {
        // Results in the earlier tool's columns: heat_name, race_class, an interval total, LiveRC's consistency %
        // (100 × (1 − s ÷ average) of these laps: s = 0.7071, average 25: 97.172).
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, traction, status, actual_setup)
            SELECT profile_id, id, 'Club night', 'Practice', '2026-11-20', 'Thunder Alley', 'High', 'active', '{"{"}"SO_F": 500, "P_F": "1.2x4", "DF": "2,0"{"}"}'
            FROM vehicles WHERE id = {_app.AnasCar};
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, status, actual_setup)
            SELECT profile_id, id, 'Empty', 'Main', '2026-11-21', 'draft', '{"{"}{"}"}' FROM vehicles WHERE id = {_app.AnasCar};
            INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times, laps_completed, best_lap, average_lap,
                                      total_time, consistency)
            SELECT id, profile_id, heat, 'Buggy', 2, '[25, 24, 26, 25, 25]', 5, 24, 25, make_interval(secs => 125), 97.172
            FROM sessions, (VALUES ('Q1'), ('Q2')) h(heat) WHERE session_name = 'Club night' AND vehicle_id = {_app.AnasCar};
            """);

        var (response, bytes, header, rows) = await CsvAsync(_app.Ana, _app.AnasCar);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);   // UTF-8's byte-order mark, so spreadsheets read accents
        Assert.Equal(["Session", "Type", "Date", "Track", "Track size", "Traction", "Surface type", "Surface condition", "Status",
                      "Heat", "Class", "Position", "Laps", "Best lap (s)", "Average (s)", "Total (s)", "Best 3 consecutive (s)", "Consistency (%)", "Fade (%)", "ORP",
                      .. Pitwall.Sql.Setup.SetupSheet.Parameters.Select(p => p.Key)], header);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Q1", "Q2", ""], rows.Select(r => (string)r["Heat"]));
        var q1 = rows[0];
        Assert.Equal("Club night", q1.Values.First());
        Assert.Equal("2026-11-20", q1["Date"]);
        Assert.Equal("Buggy", q1["Class"]);
        Assert.Equal("24.000", q1["Best lap (s)"]);
        Assert.Equal("125.000", q1["Total (s)"]);
        Assert.Equal("75.000", q1["Best 3 consecutive (s)"]);
        Assert.Equal("97.2", q1["Consistency (%)"]);
        Assert.Equal("5", q1["Laps"]);
        Assert.Equal("500", q1["SO_F"]);
        Assert.Equal("1.2x4", q1["P_F"]);
        Assert.Equal("2,0", q1["DF"]);
        Assert.Equal("", q1["Tread"]);
        Assert.Equal("Empty", rows[2].Values.First());
    }

    [Fact]
    public async Task TheCsv_OfAResultTheEarlierToolWrote_GivesItsIntervalTotalInSeconds_AndItsConsistencyPercentage()
    {
        // On an adopted database, Sam Rivers' Mugen: the fixture's car with the tool's LiveRC results, exported
        // by a browser switched to him. On a fresh one, the same results-only line by the tool's insert, on Ana's car.
        var (browser, car) = shape == DatabaseShape.Adopted ? await SamsMugenAsync() : (_app.Ana, await ToolsResultOnAnasCarAsync());

        var (_, _, _, rows) = await CsvAsync(browser, car);

        // The harvester's Q3: no laps, so its stored figures as they are; total_time '00:10:02.337' is 602.337 s.
        var q3 = rows.Single(r => (string)r["Heat"] == "Q3");
        Assert.Equal("Saturday practice", q3["Session"]);
        Assert.Equal("1/8 Nitro Buggy", q3["Class"]);
        Assert.Equal("5", q3["Position"]);
        Assert.Equal("14", q3["Laps"]);
        Assert.Equal("41.204", q3["Best lap (s)"]);
        Assert.Equal("43.024", q3["Average (s)"]);
        Assert.Equal("602.337", q3["Total (s)"]);
        Assert.Equal("94.7", q3["Consistency (%)"]);   // 94.65 %, to one decimal
        Assert.Equal("", q3["Best 3 consecutive (s)"]);
        if (shape == DatabaseShape.Adopted)
        {
            // Its A-Main has laps: figures from them ([42.1, 41.9, 43.0]: total 127, s = 0.58595, 100 × (1 − s ÷ 42.333) = 98.6).
            var main = rows.Single(r => (string)r["Heat"] == "A-Main");
            Assert.Equal("127.000", main["Total (s)"]);
            Assert.Equal("98.6", main["Consistency (%)"]);
            Assert.Equal("450wt", q3["SO_F"]);
        }
    }

    /// <summary>A browser switched to Sam Rivers (the fixture's racer) and his Mugen.</summary>
    async Task<(TestBrowser, int)> SamsMugenAsync()
    {
        var sam = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM racer_profiles WHERE name = 'Sam Rivers'");
        var browser = _sam = new TestBrowser(_app.App.Address);
        var switched = await browser.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = sam.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        return (browser, await TestPostgres.ScalarAsync<int>(Db, $"SELECT id FROM vehicles WHERE profile_id = {sam} AND brand = 'Mugen'"));
    }

    /// <summary>A session of Ana's car with the line the tool's LiveRC harvester writes (its insert, as in the fixture).</summary>
    async Task<int> ToolsResultOnAnasCarAsync()
    {
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, status, actual_setup)
            SELECT profile_id, id, 'Saturday practice', 'Practice', '2024-05-04', 'completed', '{"{"}{"}"}' FROM vehicles WHERE id = {_app.AnasCar};
            INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, laps_completed, total_time,
                                      best_lap, average_lap, consistency, liverc_event_id, liverc_driver_id)
            SELECT s.id, s.profile_id, 'Q3', '1/8 Nitro Buggy', 5, 14, interval '00:10:02.337', 41.204, 43.024, 94.65, '381204', '77123'
            FROM sessions s WHERE s.session_name = 'Saturday practice' AND s.vehicle_id = {_app.AnasCar};
            """);
        return _app.AnasCar;
    }
}
