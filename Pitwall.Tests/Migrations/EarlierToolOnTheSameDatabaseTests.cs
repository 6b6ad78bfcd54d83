using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Sql.Setup;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>
/// An adopted database of the earlier tool (with the ORP fields its current users applied), used
/// by a racer through Pitwall and by the earlier tool at once, then rolled back to V1 and migrated
/// again: only what the racer changed has changed, in the shapes the earlier tool reads, the
/// tool's own statements keep working, and the default is kept.
/// </summary>
public sealed class EarlierToolOnTheSameDatabaseTests : IAsyncLifetime
{
    string _db = null!;
    TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(_db, Phase44State.HalfApplied, orpFields: true);
        _app = await TestApp.StartAsync(_db);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<int> IdAsync(string sql) => TestPostgres.ScalarAsync<int>(_db, sql);

    Task<string> JsonAsync(string sql) => TestPostgres.ScalarAsync<string>(_db, sql);

    async Task<TestBrowser> BrowserOfAsync(string racer)
    {
        var browser = new TestBrowser(_app.Address);
        await browser.OpenAsync();
        var id = await IdAsync($"SELECT id FROM racer_profiles WHERE name = '{racer}'");
        var switched = await browser.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = id.ToString() });
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        return browser;
    }

    /// <summary>The sheet as the form shows a stored setup, with the racer's edits.</summary>
    static Dictionary<string, string> Sheet(string storedJson, params (string Key, string Value)[] edits)
    {
        var shown = SetupValues.Parse(storedJson);
        var form = SetupSheet.Parameters.ToDictionary(p => $"setup[{p.Key}]", p => shown[p.Key] ?? "");
        foreach (var (key, value) in edits) form[$"setup[{key}]"] = value;
        return form;
    }

    [Fact]
    public async Task RacerEdits_ThenRollbackTo1_AndMigrate_ChangeOnlyWhatTheRacerChanged_AndKeepTheDefault()
    {
        var untouched = await EarlierToolDatabase.SnapshotAsync(_db);
        var sam = await BrowserOfAsync("Sam Rivers");
        var samId = await IdAsync("SELECT id FROM racer_profiles WHERE name = 'Sam Rivers'");
        var mugen = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Mugen'");
        var draft = await IdAsync("SELECT id FROM sessions WHERE session_name = 'Club night'");
        var baseline = await JsonAsync($"SELECT baseline_setup::text FROM vehicles WHERE id = {mugen}");
        var draftSetup = await JsonAsync($"SELECT actual_setup::text FROM sessions WHERE id = {draft}");

        // Sam makes himself the default (his empty Instagram handle and sponsors as shown).
        var profile = await sam.HtmxPostAsync($"/profiles/{samId}", new Dictionary<string, string>
        {
            ["Name"] = "Sam Rivers", ["Email"] = "sam@example.com", ["Facebook"] = "sam.rc", ["Instagram"] = "", ["Sponsors"] = "JQ\nHudy",
            ["IsDefault"] = "true", ["WasDefault"] = "false",
        });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        // His Mugen's front shock oil, on a sheet full of the earlier tool's odd values.
        var car = await sam.HtmxPostAsync($"/shop-master/cars/{mugen}", new Dictionary<string, string>(Sheet(baseline, ("SO_F", "500")))
        {
            ["Brand"] = "Mugen", ["Model"] = "MBX8R", ["Nickname"] = "", ["Transponder"] = "1234567",
        });
        Assert.Equal(HttpStatusCode.OK, car.StatusCode);
        // His Tekno's draft, of the earlier tool's type "Club Race", saved with one change.
        var saved = await sam.HtmxPostAsync($"/event-setup/sessions/{draft}/draft", new Dictionary<string, string>(Sheet(draftSetup, ("SO_F", "650")))
        {
            ["SessionName"] = "Club night", ["Type"] = "Club Race", ["Date"] = await JsonAsync($"SELECT session_date::text FROM sessions WHERE id = {draft}"),
            ["TrackName"] = "", ["TrackSize"] = "", ["Traction"] = "", ["SurfaceType"] = "", ["SurfaceCondition"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var edited = await EarlierToolDatabase.SnapshotAsync(_db);
        var editedWithoutPitwalls = await EarlierToolDatabase.SnapshotAsync(_db, EarlierToolDatabase.ColumnsPitwallAdds);
        var formerDefault = await IdAsync("SELECT min(id) FROM racer_profiles WHERE name = 'Default Racer'");
        Assert.Equal(new[] { $"racer_profiles {samId}", $"racer_profiles {formerDefault}", $"sessions {draft}", $"vehicles {mugen}" }.Order(),
            Changed(untouched, edited, "updated_at", "last_updated"));
        var nested = JsonNode.Parse(await JsonAsync($"SELECT baseline_setup::text FROM vehicles WHERE id = {mugen}"))!;
        var expected = JsonNode.Parse(baseline)!;
        expected["front"]!["shock_oil"] = 500;
        Assert.True(JsonNode.DeepEquals(expected, nested), nested.ToJsonString());
        Assert.Equal("""{"SO_F": 650}""", await JsonAsync($"SELECT actual_setup::text FROM sessions WHERE id = {draft}"));
        Assert.Equal("Club Race", await JsonAsync($"SELECT session_type FROM sessions WHERE id = {draft}"));
        Assert.Equal("", await JsonAsync("SELECT nickname FROM vehicles WHERE brand = 'Mugen'"));
        Assert.Equal(samId.ToString(), await JsonAsync("SELECT string_agg(id::text, ',') FROM racer_profiles WHERE is_default"));

        await new RollbackRunner(_db, NullLogger.Instance).RollbackAsync(1);
        // The undos took away the columns Pitwall's migrations had added (empty on every row); everything else is as it was.
        Assert.Equal(editedWithoutPitwalls, await EarlierToolDatabase.SnapshotAsync(_db));
        new Migrator(_db, NullLogger.Instance).Migrate();

        Assert.Equal(edited, await EarlierToolDatabase.SnapshotAsync(_db));
    }

    [Fact]
    public async Task TheEarlierToolsStatements_SucceedAfterPitwallsWrites_AndPitwallShowsWhatTheyWrote()
    {
        // Pitwall writes first: Sam saves his Mugen through Shop Master, its blank nickname and '' transponder as shown.
        var sam = await BrowserOfAsync("Sam Rivers");
        var mugen = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Mugen'");
        var saved = await sam.HtmxPostAsync($"/shop-master/cars/{mugen}", new Dictionary<string, string>(
            Sheet(await JsonAsync($"SELECT baseline_setup::text FROM vehicles WHERE id = {mugen}")))
        {
            ["Brand"] = "Mugen", ["Model"] = "MBX8R", ["Nickname"] = "", ["Transponder"] = "1234567",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // Then the earlier tool (v1.8) writes as it does: '' for every blank, its car insert with a blank
        // transponder, its new-session insert naming the ORP fields' rounds, nested baselines, its own words.
        await TestPostgres.ExecuteAsync(_db, """
            INSERT INTO racer_profiles (name, email, sponsors, experience_level, driving_style) VALUES ('Dana', '', '{}', 'Beginner', '');
            INSERT INTO vehicles (profile_id, brand, model, nickname, transponder)
                SELECT id, 'Losi', '8IGHT-X', '', '' FROM racer_profiles WHERE name = 'Dana';
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, actual_setup, status,
                                  practice_rounds, qualifying_rounds)
                SELECT v.profile_id, v.id, 'Q1', 'Qualifying', '2024-06-01', 'Mulligan', '{"SO_F": "2,0"}', 'active', 2, 1
                FROM vehicles v WHERE v.brand = 'Losi';
            UPDATE racer_profiles SET email = '', instagram = 'dana.rc' WHERE name = 'Dana';
            UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": "550wt"}, "power": {"venturi": "7mm"}}', transponder = '' WHERE brand = 'Losi';
            UPDATE sessions SET status = 'closed' WHERE session_name = 'Q1';
            UPDATE vehicles SET nickname = '' WHERE brand = 'Mugen';
            """);
        var dana = await BrowserOfAsync("Dana");
        var car = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Losi'");
        var session = await IdAsync("SELECT id FROM sessions WHERE session_name = 'Q1'");

        var fleet = await (await dana.HtmxGetAsync("/shop-master/fleet")).Content.ReadAsStringAsync();
        var sheet = await (await dana.HtmxGetAsync($"/shop-master/cars/{car}/edit")).Content.ReadAsStringAsync();
        var opened = await dana.HtmxGetAsync($"/event-setup/sessions/{session}");
        var html = await opened.Content.ReadAsStringAsync();

        Assert.Contains("8IGHT-X", fleet);
        Assert.Contains("value=\"550wt\"", sheet);
        Assert.Contains("value=\"7mm\"", sheet);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Qualifying", html);
        Assert.Contains("closed", html);
        Assert.Contains("value=\"2,0\"", html);
        Assert.Equal("2|1", await JsonAsync("SELECT practice_rounds || '|' || qualifying_rounds FROM sessions WHERE session_name = 'Q1'"));

        // Dana saves the Losi through Pitwall with the transponder left blank: the tool's '' stays.
        var again = await dana.HtmxPostAsync($"/shop-master/cars/{car}", new Dictionary<string, string>(
            Sheet(await JsonAsync($"SELECT baseline_setup::text FROM vehicles WHERE id = {car}")))
        {
            ["Brand"] = "Losi", ["Model"] = "8IGHT-X", ["Nickname"] = "", ["Transponder"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("|", await JsonAsync($"SELECT nickname || '|' || transponder FROM vehicles WHERE id = {car}"));
    }

    [Fact]
    public async Task PitwallsCarForm_StillRefusesABadTransponder_ThoughTheDatabaseTakesTheToolsBlank()
    {
        var sam = await BrowserOfAsync("Sam Rivers");
        var before = await EarlierToolDatabase.SnapshotAsync(_db);

        var refused = await sam.HtmxPostAsync("/shop-master/cars", new Dictionary<string, string>
        {
            ["Brand"] = "Losi", ["Model"] = "8IGHT-X", ["Nickname"] = "", ["Transponder"] = "not a transponder!",
        });
        var rule = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => TestPostgres.ExecuteAsync(_db,
            "INSERT INTO vehicles (profile_id, brand, model, transponder) SELECT id, 'Losi', '8IGHT-X', 'not a transponder!' FROM racer_profiles WHERE name = 'Carla'"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("transponder", (await refused.Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.Equal("vehicles_transponder_rule", rule.ConstraintName);
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(_db));
    }

    [Fact]
    public async Task DeletingARacerWhoSharedLibraryEntries_Answers409_AndDeletesNothing()
    {
        // The tool's master_library.submitted_by refers to racers without ON DELETE: Sam's entry holds him.
        var sam = await BrowserOfAsync("Sam Rivers");
        var samId = await IdAsync("SELECT id FROM racer_profiles WHERE name = 'Sam Rivers'");
        var before = await EarlierToolDatabase.SnapshotAsync(_db);

        var response = await sam.HtmxPostAsync($"/profiles/{samId}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(_db));
    }

    [Fact]
    public async Task DeletingACar_TakesItsSessionsWithTheToolsResultsAndChanges_AsTheToolsOwnForeignKeysCascade()
    {
        var sam = await BrowserOfAsync("Sam Rivers");
        var mugen = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Mugen'");
        var editor = await (await sam.HtmxGetAsync($"/shop-master/cars/{mugen}/edit")).Content.ReadAsStringAsync();

        var response = await sam.HtmxPostAsync($"/shop-master/cars/{mugen}/delete", new Dictionary<string, string>());

        Assert.Contains("with their results and changes", editor); // the confirmation says what goes
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0|0|0|0", await JsonAsync($"""
            SELECT (SELECT count(*) FROM vehicles WHERE id = {mugen}) || '|' || (SELECT count(*) FROM sessions WHERE vehicle_id = {mugen})
                   || '|' || (SELECT count(*) FROM race_results WHERE heat_name IN ('A-Main', 'Q3'))
                   || '|' || (SELECT count(*) FROM setup_changes WHERE parameter = 'front.shock_oil')
            """));
        Assert.Equal(2L, await TestPostgres.ScalarAsync<long>(_db, "SELECT count(*) FROM master_library"));
    }

    [Fact]
    public async Task PitwallsOwnForms_StillHoldNewValuesToPitwallsLists()
    {
        var sam = await BrowserOfAsync("Sam Rivers");
        var car = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Mugen'");
        var before = await EarlierToolDatabase.SnapshotAsync(_db);

        var session = await sam.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = car.ToString(), ["SessionName"] = "Heat", ["Type"] = "Qualifying", ["Date"] = "2026-11-28",
        });
        var racer = await sam.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Eve", ["Email"] = "not an email" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, session.StatusCode);
        Assert.Contains("Choose Practice, Qualifier or Main.", await session.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, racer.StatusCode);
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(_db));
    }

    /// <summary>"table id" of every row that differs between two snapshots, ignoring the given columns.</summary>
    static List<string> Changed(string before, string after, params string[] ignoring)
    {
        static Dictionary<string, JsonObject> Rows(string snapshot) => snapshot.Split('\n').ToDictionary(
            l => l[..l.IndexOf(' ')] + " " + JsonNode.Parse(l[(l.IndexOf(' ') + 1)..])!["id"]!.ToJsonString(),
            l => JsonNode.Parse(l[(l.IndexOf(' ') + 1)..])!.AsObject());
        var a = Rows(before);
        var b = Rows(after);
        foreach (var row in a.Values.Concat(b.Values))
            foreach (var column in ignoring) row.Remove(column);
        return a.Keys.Union(b.Keys).Where(k => !a.ContainsKey(k) || !b.ContainsKey(k) || !JsonNode.DeepEquals(a[k], b[k])).Order().ToList();
    }
}
