using System.Net;
using System.Text.Json.Nodes;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.AtTheTrack;

/// <summary>
/// At the track on the earlier tool's own rows, as its racer Sam Rivers finds them on the database it
/// made: the weather it wrote ({"temp_c": 24} on 'Saturday practice') in every view of a session, its
/// activity_log and its statements beside Pitwall's run notes, and its sessions as "last time here".
/// Those rows exist only on an adopted database, so this class has that shape only.
/// </summary>
public sealed class EarlierToolAtTheTrackTests : IAsyncLifetime
{
    SamRivers _sam = null!;
    int _practice, _q2;

    public async Task InitializeAsync()
    {
        _sam = await SamRivers.StartAsync();
        _practice = await _sam.SessionAsync("Saturday practice");
        _q2 = await _sam.SessionAsync("Q2");
    }

    public async Task DisposeAsync() => await _sam.DisposeAsync();

    async Task<string> Html(string path, bool htmx = true) => System.Net.WebUtility.HtmlDecode(
        await (await (htmx ? _sam.Browser.HtmxGetAsync(path) : _sam.Browser.GetAsync(path))).Content.ReadAsStringAsync());

    [Fact]
    public async Task EveryViewOfASession_ShowsTheWeatherTheToolWrote_WhereItHoldsAny()
    {
        var conditions = await Html($"/event-setup/sessions/{_practice}/conditions");
        var q2Conditions = await Html($"/event-setup/sessions/{_q2}/conditions");
        var print = await Html($"/print/sessions/{_practice}", htmx: false);
        var lastTime = await Html($"/event-setup/sessions/{_q2}/last-time-here");
        var compare = await Html($"/compare/conditions?a=session-{_practice}&b=session-{_q2}");
        var page = await Html($"/event-setup/sessions/{_practice}", htmx: false);

        Assert.Contains("Noted by the earlier tool: Temperature 24 °C", conditions);
        Assert.DoesNotContain("Noted by the earlier tool", q2Conditions);
        Assert.Contains("<span>· Temperature 24 °C</span>", print);
        // Q2's track, Thunder Alley: Saturday practice has the lowest best lap there (41.204, its results-only Q3 line).
        Assert.Contains("2024-05-04 Saturday practice", lastTime);
        Assert.Contains("best lap <strong>41.204</strong>", lastTime);
        Assert.Contains("Conditions: Temperature 24 °C", lastTime);
        Assert.Contains("<th scope=\"row\">Temperature (earlier tool)</th><td>24 °C</td><td>—</td><td>—</td>", compare);
        Assert.Contains($"hx-get=\"/event-setup/sessions/{_practice}/conditions\"", page);
    }

    [Fact]
    public async Task ConditionsAndRunNotes_KeepTheToolsKeysAndRows_AndItsOwnStatementsStillWork()
    {
        var toolsLog = await TestPostgres.ScalarAsync<string>(_sam.Db, "SELECT string_agg(row(a.*)::text, E'\\n' ORDER BY id) FROM activity_log a");

        Assert.Equal(HttpStatusCode.OK, (await _sam.Browser.HtmxPostAsync($"/event-setup/sessions/{_practice}/conditions",
            new Dictionary<string, string> { ["Track"] = "104", ["Unit"] = "F", ["Grip"] = "4" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _sam.Browser.HtmxPostAsync($"/event-setup/sessions/{_q2}/run-notes/taps",
            new Dictionary<string, string> { ["Symptom"] = "landing nose-down" })).StatusCode);
        // The tool's own log insert and its v1.8 session insert (which now also carries a car's tire set and engine).
        await TestPostgres.ExecuteAsync(_sam.Db, $"""
            INSERT INTO activity_log (profile_id, session_id, action, details) VALUES ({_sam.Id}, {_q2}, 'advice_shown', '{"{"}"tip": "softer rear"{"}"}');
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, actual_setup, status, practice_rounds, qualifying_rounds)
            VALUES ({_sam.Id}, {_sam.Mugen}, 'Monday rounds', 'Race', '2024-05-13', 'Thunder Alley', '{"{"}"SO_F": "500"{"}"}', 'active', 3, 2);
            """);

        var weather = JsonNode.Parse(await TestPostgres.ScalarAsync<string>(_sam.Db, $"SELECT weather::text FROM sessions WHERE id = {_practice}"))!;
        Assert.Equal(24, (int)weather["temp_c"]!);                       // the tool's key, as it was
        Assert.Equal(40m, (decimal)weather["pitwall_conditions"]![0]!["track_c"]!); // 104 °F = 72 × 5 ÷ 9 = 40 °C
        Assert.StartsWith(toolsLog, await TestPostgres.ScalarAsync<string>(_sam.Db, "SELECT string_agg(row(a.*)::text, E'\\n' ORDER BY id) FROM activity_log a"));
        Assert.Equal("run_note {\"symptom\": \"landing nose-down\"}|advice_shown {\"tip\": \"softer rear\"}", await TestPostgres.ScalarAsync<string>(_sam.Db,
            $"SELECT string_agg(action || ' ' || details::text, '|' ORDER BY id) FROM activity_log WHERE session_id = {_q2} AND action <> 'session_created'"));
        var notes = await Html($"/event-setup/sessions/{_q2}/run-notes");
        Assert.Contains("· Landing nose-down</span>", notes);
        Assert.DoesNotContain("advice_shown", notes);
    }

    [Fact]
    public async Task LastTimeHere_FindsTheToolsSessions_AndADraftStartsFromItsSetupAsStored()
    {
        var card = await Html($"/event-setup/last-time-here?CarId={_sam.Mugen}&TrackName=THUNDER%20ALLEY");
        var started = await _sam.Browser.HtmxPostAsync($"/event-setup/sessions/from/{_practice}", new Dictionary<string, string>
        {
            ["CarId"] = _sam.Mugen.ToString(), ["SessionName"] = "Return visit", ["Type"] = "Practice", ["Date"] = "2024-06-01", ["TrackName"] = "Thunder Alley",
        });
        var setup = JsonNode.Parse(await TestPostgres.ScalarAsync<string>(_sam.Db,
            $"SELECT actual_setup::text FROM sessions WHERE profile_id = {_sam.Id} AND session_name = 'Return visit'"))!;

        Assert.Contains("2024-05-04 Saturday practice", card);
        Assert.Contains("Best 3 consecutive <strong>—</strong>", card); // a results-only line has no laps
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        // Its values exactly as the tool stored them, its key the sheet does not know kept.
        Assert.Equal(("450wt", "2,0", 41), ((string)setup["SO_F"]!, (string)setup["SO_R"]!, (int)setup["tire_temp"]!));
    }
}
