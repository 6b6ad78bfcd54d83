using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Wear;

/// <summary>
/// Tire sets, engines and parts over HTTP: counted from the results of their sessions (results edited
/// or deleted afterwards included), one tire set and engine per session carried to the next, the
/// due badge in Shop Master and Serviced, 422 beside the field, and another racer's ids.
/// </summary>
public abstract class WearEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : WearEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : WearEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _session;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        _session = await SessionAsync("Saturday practice");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<int> SessionAsync(string name, TestBrowser? who = null, int? car = null) =>
        CreateAsync(who ?? _app.Ana, "/event-setup/sessions", new()
        {
            ["CarId"] = (car ?? _app.AnasCar).ToString(), ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = "2026-11-28",
        }, "sessions");

    async Task<int> CreateAsync(TestBrowser who, string path, Dictionary<string, string> form, string table)
    {
        var response = await who.HtmxPostAsync(path, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestPostgres.ScalarAsync<int>(Db, $"SELECT max(id) FROM {table}");
    }

    Task<int> ItemAsync(string kind, string name, string every = "", string per = "laps", int? car = null, TestBrowser? who = null) =>
        CreateAsync(who ?? _app.Ana, $"/shop-master/cars/{car ?? _app.AnasCar}/wear",
            new() { ["Kind"] = kind, ["Name"] = name, ["Every"] = every, ["Per"] = per }, "wear_items");

    Task<int> ResultAsync(string laps, string heat, int? session = null) =>
        CreateAsync(_app.Ana, $"/event-setup/sessions/{session ?? _session}/results", new() { ["Heat"] = heat, ["LapTimes"] = laps }, "race_results");

    async Task MountAsync(string kind, int? item, int? session = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{session ?? _session}/wear",
            new Dictionary<string, string> { ["Kind"] = kind, ["Item"] = item?.ToString() ?? "" });
        Assert.Equal(expected, response.StatusCode);
    }

    Task<string> CarWear(TestBrowser? who = null) => Html((who ?? _app.Ana).HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/wear"));
    Task<string> SessionWear(int? session = null) => Html(_app.Ana.HtmxGetAsync($"/event-setup/sessions/{session ?? _session}/wear"));

    /// <summary>The HTML as the racer reads it: Razor writes "🔧" and "+" as character references.</summary>
    static async Task<string> Html(Task<HttpResponseMessage> response) => WebUtility.HtmlDecode(await (await response).Content.ReadAsStringAsync());

    /// <summary>Every item, mount and result (the earlier tool's results included), to show that nothing changed.</summary>
    Task<string> Snapshot() => TestPostgres.ScalarAsync<string>(Db, """
        SELECT coalesce((SELECT string_agg(row(i.*)::text, E'\n' ORDER BY id) FROM wear_items i), '') || '|' ||
               coalesce((SELECT string_agg(row(m.*)::text, E'\n' ORDER BY session_id, kind) FROM wear_mounts m), '') || '|' ||
               coalesce((SELECT string_agg(row(r.*)::text, E'\n' ORDER BY id) FROM race_results r), '')
        """);

    [Fact]
    public async Task ATireSet_CountsTheLapsAndRunsOfItsSessionsResults_AsTheyAreAddedEditedAndDeleted()
    {
        var tires = await ItemAsync("tires", "Kosmos green #3");
        await MountAsync("tires", tires);

        var q1 = await ResultAsync("25\n24\n26\n25\n25", "Q1");
        var q2 = await ResultAsync("24.5\n24.8\n24.6\n24.9", "Q2");
        // 5 + 4 laps in 2 runs; run time 125 + 98.8 = 223.8 s → 0:03:44.
        Assert.Contains("9 laps · 2 runs · 0:03:44", await SessionWear());
        Assert.Contains("9 laps · 2 runs · 0:03:44", await CarWear());

        // Q1 edited to 3 laps (75 s): 3 + 4 = 7 laps, 75 + 98.8 = 173.8 s → 0:02:54.
        var edited = await _app.Ana.HtmxPostAsync($"/results/{q1}", new Dictionary<string, string> { ["Heat"] = "Q1", ["LapTimes"] = "25\n25\n25" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("results-changed", edited.Headers.GetValues("HX-Trigger").Single());
        Assert.Contains("7 laps · 2 runs · 0:02:54", await CarWear());

        // Q2 deleted: 3 laps in 1 run, 75 s.
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync($"/results/{q2}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.Contains("3 laps · 1 run · 0:01:15", await CarWear());
        Assert.Contains("on the car for 1 session", await CarWear());
    }

    [Fact]
    public async Task AnEngine_CountsTheRunTimeOfItsSessions_AndResultsOfSessionsItWasNotOn_DoNotCount()
    {
        var engine = await ItemAsync("engine", "REDS R5", "1", "hours");
        await MountAsync("engine", engine);
        var other = await SessionAsync("Sunday practice");
        await MountAsync("engine", null, other); // taken off for Sunday
        await ResultAsync("60\n60\n60", "A-Main");
        await ResultAsync("30\n30", "B-Main", other);

        // 180 s of its session only: 0:03:00, 180 ÷ 3,600 = 5 % of every 1 h.
        var html = await CarWear();
        Assert.Contains("3 laps · 1 run · 0:03:00", html);
        Assert.Contains("5 % of every 1 h", html);
    }

    [Fact]
    public async Task APart_CountsEverySessionOfItsCar_FromWhenItWasAdded_IsDueInShopMaster_AndServicedResetsIt()
    {
        await ResultAsync("25\n25\n25\n25", "Before"); // before the part: not its
        var part = await ItemAsync("part", "Diff oil", "6");
        var other = await SessionAsync("Sunday practice");
        await ResultAsync("25\n25\n25", "Q1");
        Assert.DoesNotContain("🔧", await Html(_app.Ana.HtmxGetAsync("/shop-master/fleet")));

        await ResultAsync("25\n25\n25", "Q2", other);
        // 3 + 3 = 6 laps of every 6: 100 %, due.
        var fleet = await Html(_app.Ana.HtmxGetAsync("/shop-master/fleet"));
        Assert.Contains("<span class=\"badge due\">🔧 1 due</span>", fleet);
        Assert.Contains("🔧 due · 100 % of every 6 laps", await CarWear());

        var serviced = await _app.Ana.HtmxPostAsync($"/wear/{part}/serviced", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, serviced.StatusCode);
        Assert.Contains("0 laps · 0 runs · 0:00:00", WebUtility.HtmlDecode(await serviced.Content.ReadAsStringAsync()));
        Assert.Contains($"serviced {DateTime.Today:yyyy-MM-dd}", await CarWear());
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today), await TestPostgres.ScalarAsync<DateOnly>(Db, $"SELECT serviced_on FROM wear_items WHERE id = {part}"));
        Assert.DoesNotContain("🔧", await Html(_app.Ana.HtmxGetAsync("/shop-master/fleet")));
    }

    [Fact]
    public async Task ANewSession_StartsWithThePreviousSessionsTireSetAndEngine_AndOneOfEachIsOnTheCar()
    {
        var (greens, blues, engine) = (await ItemAsync("tires", "Greens"), await ItemAsync("tires", "Blues"), await ItemAsync("engine", "REDS R5"));
        await MountAsync("tires", greens);
        await MountAsync("tires", blues); // replaces the greens
        await MountAsync("engine", engine);

        var next = await SessionAsync("Sunday practice");

        Assert.Equal($"engine {engine}, tires {blues}", await TestPostgres.ScalarAsync<string>(Db,
            $"SELECT string_agg(kind || ' ' || item_id, ', ' ORDER BY kind) FROM wear_mounts WHERE session_id = {next}"));
        Assert.Equal(2, await TestPostgres.ScalarAsync<long>(Db, $"SELECT count(*) FROM wear_mounts WHERE session_id = {_session}"));
        var html = await SessionWear(next);
        Assert.Contains($"<option value=\"{blues}\" selected=\"selected\">Blues</option>", html);
        Assert.Contains($"<option value=\"{greens}\">Greens</option>", html);
    }

    [Theory]
    [InlineData("tires", "", "", "laps", "Name", "Name it")]
    [InlineData("part", "Clutch shoes", "", "hours", "Every", "A part needs its service interval")]
    [InlineData("part", "Clutch shoes", "0", "hours", "Every", "Enter the interval in hours")]
    [InlineData("part", "Clutch shoes", "2.5", "laps", "Every", "Enter the interval as whole laps")]
    [InlineData("wheel", "Left front", "", "laps", "Kind", "Choose a tire set")]
    [InlineData("tires", "kosmos GREEN #3", "", "laps", "Name", "This car already has one named")]
    public async Task ABadItem_Answers422_BesideItsField_AndSavesNothing(string kind, string name, string every, string per, string field, string message)
    {
        await ItemAsync("tires", "Kosmos green #3");
        var before = await Snapshot();

        var response = await _app.Ana.HtmxPostAsync($"/shop-master/cars/{_app.AnasCar}/wear",
            new Dictionary<string, string> { ["Kind"] = kind, ["Name"] = name, ["Every"] = every, ["Per"] = per });
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"id=\"wear-{field.ToLowerInvariant()}-error\" class=\"error\" role=\"alert\">{message}", html);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task AnotherRacersCarSessionOrItem_Is404_AndChangesNothing()
    {
        var tires = await ItemAsync("tires", "Kosmos green #3");
        await MountAsync("tires", tires);
        var brunos = await SessionAsync("Bruno's practice", _app.Bruno, _app.BrunosCar);
        var before = await Snapshot();

        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/wear")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/shop-master/cars/{_app.AnasCar}/wear",
            new Dictionary<string, string> { ["Kind"] = "tires", ["Name"] = "Mine now", ["Per"] = "laps" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/wear/{tires}/serviced", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/wear/{tires}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/{_session}/wear")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/{_session}/wear",
            new Dictionary<string, string> { ["Kind"] = "tires", ["Item"] = "" })).StatusCode);
        // Ana's tire set on Bruno's session: not a tire set of that session's car.
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/{brunos}/wear",
            new Dictionary<string, string> { ["Kind"] = "tires", ["Item"] = tires.ToString() })).StatusCode);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task ACarsTiresAndParts_HaveAFullPageTwin_AndTheFleetRowOpensThem()
    {
        var partial = await _app.Ana.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/wear");
        var page = await _app.Ana.GetAsync($"/shop-master/cars/{_app.AnasCar}/wear");
        var fleet = await Html(_app.Ana.HtmxGetAsync("/shop-master/fleet"));

        Assert.StartsWith("<section id=\"car-wear\"", (await partial.Content.ReadAsStringAsync()).TrimStart());
        Assert.Contains("<html", await page.Content.ReadAsStringAsync());
        Assert.Contains("id=\"car-wear\"", await page.Content.ReadAsStringAsync());
        Assert.Contains("HX-Request", partial.Headers.Vary);
        Assert.Contains("HX-Request", page.Headers.Vary);
        Assert.Contains($"hx-get=\"/shop-master/cars/{_app.AnasCar}/wear\"", fleet);
    }
}
