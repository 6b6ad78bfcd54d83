using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.LastTimeHere;

/// <summary>
/// "Last time here" over HTTP: the best earlier session of the car at the track (lowest best lap, then
/// Best 3 consecutive), on ➕ New Session and in a session's view; a draft started from its setup; and
/// another racer's car or session.
/// </summary>
public abstract class LastTimeHereEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : LastTimeHereEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : LastTimeHereEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _practice, _race;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        await TestPostgres.ExecuteAsync(Db, $$$"""UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": 450}}' WHERE id = {{{_app.AnasCar}}}""");
        _practice = await LockedAsync("Club practice", "2026-11-14", "Thunder Alley", "500", "24.6\n24.5\n24.7");
        _race = await LockedAsync("Club race", "2026-11-21", "thunder alley", "550", "24.3\n24.2\n24.4");
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_race}/conditions", new Dictionary<string, string> { ["Air"] = "24", ["Unit"] = "C" });
        await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_race}/close", new Dictionary<string, string> { ["Rating"] = "4" });
        // Faster, but elsewhere; and a draft here, faster still, that was never run.
        await LockedAsync("Mulligan day", "2026-11-22", "Mulligan", "600", "23.0\n23.1\n23.2");
        var draft = await DraftAsync("Club night", "2026-11-23", "Thunder Alley");
        await ResultAsync(draft, "20.0\n20.1\n20.2");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<int> DraftAsync(string name, string date, string track) => await _app.AnasDraftAsync(new()
    {
        ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = date, ["TrackName"] = track,
    });

    async Task<int> LockedAsync(string name, string date, string track, string shockOil, string laps)
    {
        var id = await DraftAsync(name, date, track);
        var locked = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{id}/lock", new Dictionary<string, string>
        {
            ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = date, ["TrackName"] = track, ["setup[SO_F]"] = shockOil,
        });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        await ResultAsync(id, laps);
        return id;
    }

    async Task ResultAsync(int session, string laps) => Assert.Equal(HttpStatusCode.OK,
        (await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{session}/results", new Dictionary<string, string> { ["Heat"] = "Q1", ["LapTimes"] = laps })).StatusCode);

    Task<string> Card(string track, TestBrowser? who = null, int? car = null) => Html((who ?? _app.Ana).HtmxGetAsync(
        $"/event-setup/last-time-here?CarId={car ?? _app.AnasCar}&TrackName={Uri.EscapeDataString(track)}"));

    static async Task<string> Html(Task<HttpResponseMessage> response) => await (await response).Content.ReadAsStringAsync();

    Dictionary<string, string> NewSession(string name, int? car = null) => new()
    {
        ["CarId"] = (car ?? _app.AnasCar).ToString(), ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = "2026-11-29", ["TrackName"] = "Thunder Alley",
    };

    [Theory]
    [InlineData("Thunder Alley")]
    [InlineData("THUNDER  alley")]
    [InlineData("thunderalley")]
    [InlineData("Thündér Alley")]
    public async Task TheNewSessionForm_ShowsTheBestSessionAtTheTrack_WhateverTheCaseAccentsOrSpacing(string typed)
    {
        var html = await Card(typed);

        Assert.Contains("<h4>Last time here: thunder alley</h4>", html);
        Assert.Contains("2026-11-21 Club race", html);
        // Club race: best lap 24.2, Best 3 consecutive 24.3 + 24.2 + 24.4 = 72.9 s.
        Assert.Contains("best lap <strong>24.200</strong>", html);
        Assert.Contains("Best 3 consecutive <strong>1:12.900</strong>", html);
        Assert.Contains("Conditions: Air 24 °C", html);
        Assert.Contains("Front shock oil (cSt): <strong>550</strong> <span class=\"muted\">(baseline 450)</span>", html);
        Assert.Contains("Front shock oil (cSt): 500 → 550 · success", html); // logged at its lock, closed rated 4
        Assert.Contains($"hx-post=\"/event-setup/sessions/from/{_race}\"", html);
        Assert.DoesNotContain("Club practice", html);
        Assert.DoesNotContain("Mulligan", html);
        Assert.DoesNotContain("Club night", html);
    }

    [Fact]
    public async Task ATieOnBestLap_GoesToTheLowerBest3Consecutive_NotTheNewer()
    {
        // Same best lap (24.2) as Club race; Best 3 consecutive min(24.2+25.0+24.2, 25.0+24.2+24.9, 24.2+24.9+24.3) = 73.4 s: worse.
        await LockedAsync("Club final", "2026-11-24", "Thunder Alley", "560", "24.2\n25.0\n24.2\n24.9\n24.3");
        Assert.Contains("2026-11-21 Club race", await Card("Thunder Alley"));

        // Same best lap again; min(24.2+24.3+24.2) = 72.7 s: better than 72.9.
        await LockedAsync("Club rematch", "2026-11-25", "Thunder Alley", "570", "24.2\n24.3\n24.2");
        var html = await Card("Thunder Alley");
        Assert.Contains("2026-11-25 Club rematch", html);
        Assert.Contains("Best 3 consecutive <strong>1:12.700</strong>", html);
    }

    [Fact]
    public async Task StartingFromIt_CreatesADraftWithItsSetup_AndTheFormsDetails()
    {
        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/from/{_race}", NewSession("Sunday practice"));
        var html = await response.Content.ReadAsStringAsync();
        var created = await TestPostgres.ScalarAsync<string>(Db, """
            SELECT concat_ws('|', session_name, status, session_date, track_name, actual_setup ->> 'SO_F') FROM sessions WHERE id = (SELECT max(id) FROM sessions)
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Draft: Sunday practice", html);
        Assert.Equal("Sunday practice|draft|2026-11-29|Thunder Alley|550", created);
        Assert.Equal("""{"front": {"shock_oil": 450}}""", await TestPostgres.ScalarAsync<string>(Db, $"SELECT baseline_setup::text FROM vehicles WHERE id = {_app.AnasCar}"));
    }

    [Fact]
    public async Task TheSessionView_ShowsTheBestOtherSessionAtItsTrack_AndOpensANewSessionThere()
    {
        var practice = await Html(_app.Ana.HtmxGetAsync($"/event-setup/sessions/{_practice}/last-time-here"));
        var race = await Html(_app.Ana.HtmxGetAsync($"/event-setup/sessions/{_race}/last-time-here"));
        var form = await Html(_app.Ana.HtmxGetAsync($"/event-setup/sessions/new/here?car={_app.AnasCar}&track=thunder%20alley"));

        Assert.StartsWith("<section id=\"session-last-time-here\"", practice.TrimStart());
        Assert.Contains("2026-11-21 Club race", practice);
        Assert.Contains($"hx-get=\"/event-setup/sessions/new/here?car={_app.AnasCar}&amp;track=thunder%20alley\"", practice);
        Assert.Contains("2026-11-14 Club practice", race); // itself left out
        Assert.Contains("id=\"new-session-form\"", form);
        Assert.Contains("value=\"thunder alley\"", form);
        Assert.Contains("hx-trigger=\"load, change from:#new-session-carid", form); // the card loads with the form
    }

    [Fact]
    public async Task ATrackNotRacedBefore_SaysSo_AndNoTrackAsksNothing()
    {
        Assert.Contains("No earlier session of this car at Nowhere Park.", await Card("Nowhere Park"));
        var empty = await Card("");
        Assert.DoesNotContain("Last time here", empty);
        Assert.StartsWith("<div id=\"last-time-here\"", empty.TrimStart());
    }

    [Fact]
    public async Task ABadNewSession_Answers422_AndAnotherRacersCarOrSession_Is404_AndNothingIsCreated()
    {
        var before = await _app.Snapshot();

        var bad = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/from/{_race}", NewSession(" "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Enter a name for the session", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/event-setup/last-time-here?CarId={_app.AnasCar}&TrackName=Thunder%20Alley")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/{_practice}/last-time-here")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/new/here?car={_app.AnasCar}&track=x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/from/{_race}", NewSession("Mine", _app.BrunosCar))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/from/{_race}", NewSession("Mine"))).StatusCode);
        Assert.Equal(before, await _app.Snapshot());
    }
}
