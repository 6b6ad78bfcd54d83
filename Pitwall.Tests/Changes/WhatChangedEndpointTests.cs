using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Changes;

/// <summary>
/// What changed, over HTTP: Close Session (422 beside the field, then closed), the Changes view
/// with its filter, Compare, Make baseline, restore and print; another racer's ids are a 404.
/// </summary>
public abstract class WhatChangedEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : WhatChangedEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : WhatChangedEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _first, _second;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        await TestPostgres.ExecuteAsync(Db, $$$"""UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": 450}}' WHERE id = {{{_app.AnasCar}}}""");
        _first = await LockedAsync("Club practice", "2026-11-14", "500");
        _second = await LockedAsync("Club race", "2026-11-21", "550");
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO race_results (session_id, profile_id, heat_name, lap_times, best_lap)
            SELECT s.id, s.profile_id, 'Q1', r.laps::jsonb, r.best
            FROM (VALUES ({_first}, '[24.6, 24.5, 24.7]', 24.5), ({_second}, '[24.2, 24.1, 24.3]', 24.1)) AS r(session, laps, best)
            JOIN sessions s ON s.id = r.session
            """);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<int> LockedAsync(string name, string date, string shockOil)
    {
        var id = await _app.AnasDraftAsync(new() { ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = date });
        var locked = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{id}/lock", new Dictionary<string, string>
        {
            ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = date, ["setup[SO_F]"] = shockOil,
        });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        return id;
    }

    Task<string> Changed() => TestPostgres.ScalarAsync<string>(Db, """
        SELECT (SELECT string_agg(row(s.id, s.status)::text, ',' ORDER BY id) FROM sessions s) || '|' ||
               coalesce((SELECT string_agg(row(c.*)::text, ',' ORDER BY id) FROM setup_changes c), '') || '|' ||
               coalesce((SELECT string_agg(row(c.*)::text, ',') FROM session_closeouts c), '') || '|' ||
               coalesce((SELECT string_agg(row(h.*)::text, ',' ORDER BY id) FROM baseline_history h), '') || '|' ||
               (SELECT string_agg(baseline_setup::text, ',' ORDER BY id) FROM vehicles)
        """);

    [Fact]
    public async Task CloseSession_WithoutARating_Answers422BesideTheField_AndChangesNothing()
    {
        var before = await Changed();

        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_second}/close", new Dictionary<string, string>
        {
            ["Rating"] = "", ["Feel"] = "Corner exit", ["Observation"] = "Planted",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("#session-actions", response.Headers.GetValues("HX-Retarget").Single());
        Assert.Contains("Rate the session from 1", html);
        Assert.Contains(">Planted</textarea>", html);
        Assert.Equal(before, await Changed());
    }

    [Fact]
    public async Task CloseSession_ClosesIt_AndTheChangesViewShowsTheChangeWithItsDeltaAndOutcome()
    {
        var closed = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_second}/close", new Dictionary<string, string>
        {
            ["Rating"] = "4", ["Feel"] = "Corner exit", ["Observation"] = "Planted on exit",
        });
        var actions = await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{_second}/closeout")).Content.ReadAsStringAsync();
        var changes = await (await _app.Ana.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/changes?parameter=SO_F")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Contains("rated 4/5 · Corner exit", actions);
        Assert.DoesNotContain("Close Session", actions);
        Assert.Contains("Front shock oil (cSt)", changes);
        Assert.Contains("500 → 550", changes);
        Assert.Contains("−0.400", changes);   // 24.1 − 24.5: faster
        Assert.Contains("success", changes);
    }

    [Fact]
    public async Task ASessionTheEarlierToolClosed_ShowsAsClosed_WithoutARating_AndCannotBeClosedAgain()
    {
        await TestPostgres.ExecuteAsync(Db, $"UPDATE sessions SET status = 'closed' WHERE id = {_first}");

        var actions = await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{_first}/closeout")).Content.ReadAsStringAsync();
        var again = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_first}/close", new Dictionary<string, string> { ["Rating"] = "3" });

        Assert.Contains("<strong>Closed</strong></p>", actions);
        Assert.DoesNotContain("Close Session", actions);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already closed", await again.Content.ReadAsStringAsync());
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(Db, $"SELECT count(*) FROM session_closeouts WHERE session_id = {_first}"));
    }

    [Fact]
    public async Task TheChangesFilter_RefusesAParameterNotOnTheSheet()
    {
        var response = await _app.Ana.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/changes?parameter=Wing");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("&quot;Wing&quot; is not a parameter of the setup sheet", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Compare_HasItsOwnUrl_WithTheMatchAndEachSidesFigures()
    {
        var page = await _app.Ana.GetAsync($"/compare?a=session-{_first}&b=session-{_second}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", html);
        Assert.Contains("Match 0 %", html);   // only SO_F is set, and it differs
        Assert.Contains("&#x2B;50", html);   // +50, as Razor encodes it
        Assert.Contains("−0.400", html);      // best lap B − A
        Assert.Contains("Suspension · match 0 %", html);
    }

    [Fact]
    public async Task Compare_OffersTheBaseline_ThePreviousAndTheBestSession()
    {
        var offers = await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{_first}/compare")).Content.ReadAsStringAsync();

        Assert.Contains($"/compare?a=car-{_app.AnasCar}&amp;b=session-{_first}", offers);
        Assert.Contains("No previous session of this car.", offers);
        Assert.Contains($"/compare?a=session-{_second}&amp;b=session-{_first}", offers);  // the best, by Best 3 consecutive
    }

    [Fact]
    public async Task AMalformedSide_IsA400()
    {
        var response = await _app.Ana.HtmxGetAsync("/compare?a=vehicle-1");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MakeBaseline_ThenRestore_KeepEveryBaseline()
    {
        var made = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_second}/make-baseline", new Dictionary<string, string>());
        var entry = await TestPostgres.ScalarAsync<int>(Db, $"SELECT min(id) FROM baseline_history WHERE vehicle_id = {_app.AnasCar}");
        var restored = await _app.Ana.HtmxPostAsync($"/baselines/{entry}/restore", new Dictionary<string, string>());
        var list = await (await _app.Ana.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/baselines")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains("is now the car", await made.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(3L, await TestPostgres.ScalarAsync<long>(Db, $"SELECT count(*) FROM baseline_history WHERE vehicle_id = {_app.AnasCar}"));
        Assert.Equal("""{"front": {"shock_oil": 450}}""", await TestPostgres.ScalarAsync<string>(Db, $"SELECT baseline_setup::text FROM vehicles WHERE id = {_app.AnasCar}"));
        Assert.Contains($"restored from #{entry}", list);
    }

    [Fact]
    public async Task ThePrintedSheet_IsAPageOfItsOwn_WithoutTheAppsNavigation()
    {
        var html = await (await _app.Ana.GetAsync($"/print/sessions/{_second}")).Content.ReadAsStringAsync();

        Assert.Contains("/css/print", html);
        Assert.DoesNotContain("id=\"sidebar\"", html);
        Assert.Contains("● was 450", html);   // differs from the baseline
        Assert.Contains("24.100", html);
    }

    [Fact]
    public async Task CloseMakeBaselineAndRestore_WithoutTheAntiforgeryToken_Are400_AndChangeNothing()
    {
        var entry = await TestPostgres.ScalarAsync<int>(Db, $$$"""
            INSERT INTO baseline_history (vehicle_id, setup, source) VALUES ({{{_app.AnasCar}}}, '{}', 'shop-master') RETURNING id
            """);
        var before = await Changed();

        var answers = new[]
        {
            await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_second}/close", new Dictionary<string, string> { ["Rating"] = "5" }, withToken: false),
            await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_second}/make-baseline", new Dictionary<string, string>(), withToken: false),
            await _app.Ana.HtmxPostAsync($"/baselines/{entry}/restore", new Dictionary<string, string>(), withToken: false),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.Equal(before, await Changed());
    }

    [Fact]
    public async Task AnotherRacersIds_Are404_AndChangeNothing()
    {
        var entry = await TestPostgres.ScalarAsync<int>(Db, $$$"""
            INSERT INTO baseline_history (vehicle_id, setup, source) VALUES ({{{_app.AnasCar}}}, '{}', 'shop-master') RETURNING id
            """);
        var before = await Changed();
        var bruno = _app.Bruno;

        var answers = new[]
        {
            await bruno.HtmxGetAsync($"/event-setup/sessions/{_second}/closeout"),
            await bruno.HtmxGetAsync($"/event-setup/sessions/{_second}/closeout/new"),
            await bruno.HtmxPostAsync($"/event-setup/sessions/{_second}/close", new Dictionary<string, string> { ["Rating"] = "1" }),
            await bruno.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/changes"),
            await bruno.HtmxGetAsync($"/compare?a=session-{_first}&b=car-{_app.BrunosCar}"),
            await bruno.HtmxGetAsync($"/compare?a=car-{_app.BrunosCar}&b=baseline-{entry}"),
            await bruno.HtmxGetAsync($"/event-setup/sessions/{_first}/compare"),
            await bruno.HtmxPostAsync($"/event-setup/sessions/{_second}/make-baseline", new Dictionary<string, string>()),
            await bruno.HtmxPostAsync($"/baselines/{entry}/restore", new Dictionary<string, string>()),
            await bruno.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/baselines"),
            await bruno.GetAsync($"/print/sessions/{_second}"),
            await bruno.GetAsync($"/print/cars/{_app.AnasCar}"),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(before, await Changed());
    }
}
