using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Sql.Setup;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>
/// An adopted database of the earlier tool, used by a racer through Pitwall and by the
/// earlier tool at once, then rolled back to V1 and migrated again: only what the racer
/// changed has changed, in the shapes the earlier tool reads, and the default is kept.
/// </summary>
public sealed class EarlierToolOnTheSameDatabaseTests : IAsyncLifetime
{
    string _db = null!;
    TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(_db, Phase44State.HalfApplied);
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
        var ana = await BrowserOfAsync("Ana");
        var anaId = await IdAsync("SELECT id FROM racer_profiles WHERE name = 'Ana'");
        var mugen = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Mugen'");
        var draft = await IdAsync("SELECT id FROM sessions WHERE session_name = 'Club night'");
        var baseline = await JsonAsync($"SELECT baseline_setup::text FROM vehicles WHERE id = {mugen}");
        var draftSetup = await JsonAsync($"SELECT actual_setup::text FROM sessions WHERE id = {draft}");

        // Ana makes herself the default (her empty facebook handle and sponsors as shown).
        var profile = await ana.HtmxPostAsync($"/profiles/{anaId}", new Dictionary<string, string>
        {
            ["Name"] = "Ana", ["Email"] = "ana@example.com", ["Facebook"] = "ana.rc", ["Instagram"] = "", ["Sponsors"] = "JQ\nHudy",
            ["IsDefault"] = "true", ["WasDefault"] = "false",
        });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        // Her Mugen's front shock oil, on a sheet full of the earlier tool's odd values.
        var car = await ana.HtmxPostAsync($"/shop-master/cars/{mugen}", new Dictionary<string, string>(Sheet(baseline, ("SO_F", "500")))
        {
            ["Brand"] = "Mugen", ["Model"] = "MBX8R", ["Nickname"] = "", ["Transponder"] = "1234567",
        });
        Assert.Equal(HttpStatusCode.OK, car.StatusCode);
        // Her Tekno's draft, of the earlier tool's type "Club Race", saved with one change.
        var saved = await ana.HtmxPostAsync($"/event-setup/sessions/{draft}/draft", new Dictionary<string, string>(Sheet(draftSetup, ("SO_F", "650")))
        {
            ["SessionName"] = "Club night", ["Type"] = "Club Race", ["Date"] = await JsonAsync($"SELECT session_date::text FROM sessions WHERE id = {draft}"),
            ["TrackName"] = "", ["TrackSize"] = "", ["Traction"] = "", ["SurfaceType"] = "", ["SurfaceCondition"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var edited = await EarlierToolDatabase.SnapshotAsync(_db);
        var editedWithoutV9 = await EarlierToolDatabase.SnapshotAsync(_db, EarlierToolDatabase.ColumnsPitwallAdds);
        var formerDefault = await IdAsync("SELECT min(id) FROM racer_profiles WHERE name = 'Default Racer'");
        Assert.Equal(new[] { $"racer_profiles {anaId}", $"racer_profiles {formerDefault}", $"sessions {draft}", $"vehicles {mugen}" }.Order(),
            Changed(untouched, edited, "updated_at", "last_updated"));
        var nested = JsonNode.Parse(await JsonAsync($"SELECT baseline_setup::text FROM vehicles WHERE id = {mugen}"))!;
        var expected = JsonNode.Parse(baseline)!;
        expected["front"]!["shock_oil"] = 500;
        Assert.True(JsonNode.DeepEquals(expected, nested), nested.ToJsonString());
        Assert.Equal("""{"SO_F": 650}""", await JsonAsync($"SELECT actual_setup::text FROM sessions WHERE id = {draft}"));
        Assert.Equal("Club Race", await JsonAsync($"SELECT session_type FROM sessions WHERE id = {draft}"));
        Assert.Equal("", await JsonAsync("SELECT nickname FROM vehicles WHERE brand = 'Mugen'"));
        Assert.Equal(anaId.ToString(), await JsonAsync("SELECT string_agg(id::text, ',') FROM racer_profiles WHERE is_default"));

        await new RollbackRunner(_db, NullLogger.Instance).RollbackAsync(1);
        // U12, U10 and U9 took away the columns V12, V10 and V9 had added (empty on every row); everything else is as it was.
        Assert.Equal(editedWithoutV9, await EarlierToolDatabase.SnapshotAsync(_db));
        new Migrator(_db, NullLogger.Instance).Migrate();

        Assert.Equal(edited, await EarlierToolDatabase.SnapshotAsync(_db));
    }

    [Fact]
    public async Task TheEarlierToolsStatements_Succeed_AndPitwallShowsWhatTheyWrote()
    {
        // As the earlier tool writes: empty strings, nested baselines, its own words.
        await TestPostgres.ExecuteAsync(_db, """
            INSERT INTO racer_profiles (name, email, sponsors) VALUES ('Dana', '', '{}');
            INSERT INTO vehicles (profile_id, brand, model, nickname, baseline_setup)
                SELECT id, 'Losi', '8IGHT-X', '', '{"front": {"shock_oil": "500wt"}, "power": {"venturi": "7mm"}}' FROM racer_profiles WHERE name = 'Dana';
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, actual_setup)
                SELECT v.profile_id, v.id, 'Q1', 'Qualifying', '{"SO_F": "2,0"}' FROM vehicles v WHERE v.brand = 'Losi';
            UPDATE racer_profiles SET email = '', instagram = 'dana.rc' WHERE name = 'Dana';
            UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": "550wt"}, "power": {"venturi": "7mm"}}' WHERE brand = 'Losi';
            UPDATE sessions SET status = 'closed' WHERE session_name = 'Q1';
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
    }

    [Fact]
    public async Task DeletingACarTheEarlierToolsRecordsStillReferTo_Answers409_AndDeletesNothing()
    {
        var ana = await BrowserOfAsync("Ana");
        var mugen = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Mugen'");
        var before = await EarlierToolDatabase.SnapshotAsync(_db);

        var response = await ana.HtmxPostAsync($"/shop-master/cars/{mugen}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Records of the earlier tool", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await EarlierToolDatabase.SnapshotAsync(_db));
    }

    [Fact]
    public async Task PitwallsOwnForms_StillHoldNewValuesToPitwallsLists()
    {
        var ana = await BrowserOfAsync("Ana");
        var car = await IdAsync("SELECT id FROM vehicles WHERE brand = 'Mugen'");
        var before = await EarlierToolDatabase.SnapshotAsync(_db);

        var session = await ana.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = car.ToString(), ["SessionName"] = "Heat", ["Type"] = "Qualifying", ["Date"] = "2026-11-28",
        });
        var racer = await ana.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Eve", ["Email"] = "not an email" });

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
