using System.Net;
using System.Text.Json.Nodes;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Conditions;

/// <summary>
/// Conditions over HTTP: a timeline in sessions.weather (°C, every other key kept), 422 beside the
/// field, the printed sheet and Compare, and another racer's session.
/// </summary>
public abstract class ConditionsEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : ConditionsEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : ConditionsEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _session;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        _session = await SessionAsync("Saturday practice");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<int> SessionAsync(string name) => _app.AnasDraftAsync(new()
    {
        ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = name, ["Type"] = "Practice", ["Date"] = "2026-11-28", ["TrackName"] = "Thunder Alley",
    });

    string Path(int? session = null) => $"/event-setup/sessions/{session ?? _session}/conditions";

    async Task<JsonNode?> WeatherAsync(int? session = null) =>
        await TestPostgres.ScalarAsync<string?>(Db, $"SELECT weather::text FROM sessions WHERE id = {session ?? _session}") is { } json ? JsonNode.Parse(json) : null;

    /// <summary>Every session's weather (the earlier tool's included), to show that nothing changed.</summary>
    Task<string> AllWeather() => TestPostgres.ScalarAsync<string>(Db,
        "SELECT coalesce(string_agg(id || ' ' || coalesce(weather::text, 'null'), E'\\n' ORDER BY id), '') FROM sessions");

    [Fact]
    public async Task ConditionsEnteredTwice_InFahrenheitThenCelsius_AreATimelineInWeather_StoredInCelsius()
    {
        var first = await _app.Ana.HtmxPostAsync(Path(), new Dictionary<string, string>
        {
            ["Air"] = "75", ["Track"] = "100", ["Unit"] = "F", ["Sky"] = "sun", ["Grip"] = "3",
        });
        var second = await _app.Ana.HtmxPostAsync(Path(), new Dictionary<string, string>
        {
            ["Air"] = "24,5", ["Unit"] = "C", ["Humidity"] = "40", ["Sky"] = "cloud", ["Grip"] = "4", ["Note"] = "dusty line",
        });
        var html = await second.Content.ReadAsStringAsync();
        var entries = (await WeatherAsync())!["pitwall_conditions"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.StartsWith("<section id=\"conditions\"", html.TrimStart());
        // 75 °F = 43 × 5 ÷ 9 = 23.89 °C; 100 °F = 68 × 5 ÷ 9 = 37.78 °C; shown again in °F as typed.
        Assert.Equal(2, entries.Count);
        Assert.Equal((1, 23.89m, 37.78m, "F", "sun", 3), ((int)entries[0]!["n"]!, (decimal)entries[0]!["air_c"]!, (decimal)entries[0]!["track_c"]!,
            (string)entries[0]!["unit"]!, (string)entries[0]!["sky"]!, (int)entries[0]!["grip"]!));
        Assert.Equal((2, 24.5m, 40, "C", "dusty line"), ((int)entries[1]!["n"]!, (decimal)entries[1]!["air_c"]!, (int)entries[1]!["humidity_pct"]!,
            (string)entries[1]!["unit"]!, (string)entries[1]!["note"]!));
        Assert.Null(entries[1]!["track_c"]); // left out, not null
        Assert.True(DateTimeOffset.TryParse((string)entries[1]!["at"]!, out _));
        Assert.Contains("Air 75 °F · Track 100 °F · ☀️ Sun · Grip 3/5", html);
        Assert.Contains("Air 24.5 °C · ☁️ Cloud · Grip 4/5 · 40 % humidity · “dusty line”", html);
        HtmlAssert.InOrder(html, "Air 75 °F", "Air 24.5 °C"); // oldest first
    }

    [Fact]
    public async Task TheEarlierToolsKeys_AreKeptAndShown_AndRemovingTheLastEntry_GivesItsShapeBack()
    {
        const string tools = """{"temp_c": 24, "wind": "gusty"}""";
        await TestPostgres.ExecuteAsync(Db, $"UPDATE sessions SET weather = '{tools}' WHERE id = {_session}");

        var added = await _app.Ana.HtmxPostAsync(Path(), new Dictionary<string, string> { ["Grip"] = "2", ["Unit"] = "C" });
        var weather = (await WeatherAsync())!;
        var html = await added.Content.ReadAsStringAsync();
        var removed = await _app.Ana.HtmxPostAsync($"{Path()}/1/remove", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(24, (int)weather["temp_c"]!);
        Assert.Equal("gusty", (string)weather["wind"]!);
        // jsonb keeps keys shortest first: wind, then temp_c.
        Assert.Contains("Noted by the earlier tool: wind gusty · Temperature 24 °C", html);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(tools), await WeatherAsync()), (await WeatherAsync())!.ToJsonString());
    }

    [Theory]
    [InlineData("Air", "hot", "Enter the air temperature as a number from −30 to 60 °C.")]
    [InlineData("Humidity", "120", "Enter the humidity as a whole percent from 0 to 100.")]
    [InlineData("Grip", "7", "Choose the grip from 1 (ice) to 5 (glue).")]
    [InlineData("Sky", "fog", "Choose sun, cloud, rain or night.")]
    public async Task ABadValue_Answers422_BesideItsField_KeepingWhatWasTyped_AndSavesNothing(string field, string value, string message)
    {
        var before = await AllWeather();

        var response = await _app.Ana.HtmxPostAsync(Path(), new Dictionary<string, string> { ["Unit"] = "C", ["Note"] = "windy", [field] = value });
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"id=\"conditions-{field.ToLowerInvariant()}-error\" class=\"error\" role=\"alert\">{message}</p>", html);
        Assert.Contains("value=\"windy\"", html);
        Assert.Equal(before, await AllWeather());
    }

    [Fact]
    public async Task ASessionKeeps24Entries_TheNextIsRefused_AndWeatherThatIsNotAnObjectIsLeftAlone()
    {
        var full = new JsonObject { ["pitwall_conditions"] = new JsonArray(Enumerable.Range(1, 24).Select(n => (JsonNode)new JsonObject { ["n"] = n, ["grip"] = 3 }).ToArray()) };
        await TestPostgres.ExecuteAsync(Db, $"UPDATE sessions SET weather = '{full.ToJsonString()}' WHERE id = {_session}");
        var other = await SessionAsync("Sunday practice");
        await TestPostgres.ExecuteAsync(Db, $"""UPDATE sessions SET weather = '"sunny"' WHERE id = {other}""");
        var before = await AllWeather();

        var refused = await _app.Ana.HtmxPostAsync(Path(), new Dictionary<string, string> { ["Grip"] = "4", ["Unit"] = "C" });
        var unreadable = await _app.Ana.HtmxPostAsync(Path(other), new Dictionary<string, string> { ["Grip"] = "4", ["Unit"] = "C" });
        var shown = await (await _app.Ana.HtmxGetAsync(Path(other))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("at most 24 entries", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, unreadable.StatusCode);
        Assert.Contains("Weather &quot;sunny&quot;", shown);
        Assert.Equal(before, await AllWeather());
    }

    [Fact]
    public async Task ThePrintedSheet_AndCompare_ShowTheConditions_WithTemperatureAndGripDeltas()
    {
        var other = await SessionAsync("Sunday practice");
        await _app.Ana.HtmxPostAsync(Path(), new Dictionary<string, string> { ["Air"] = "20", ["Grip"] = "3", ["Unit"] = "C" });
        await _app.Ana.HtmxPostAsync(Path(other), new Dictionary<string, string> { ["Air"] = "22", ["Grip"] = "4", ["Unit"] = "C" });
        await _app.Ana.HtmxPostAsync(Path(other), new Dictionary<string, string> { ["Air"] = "77", ["Track"] = "104", ["Grip"] = "5", ["Unit"] = "F" });

        var print = await (await _app.Ana.GetAsync($"/print/sessions/{other}")).Content.ReadAsStringAsync();
        var compare = await _app.Ana.HtmxGetAsync($"/compare/conditions?a=session-{_session}&b=session-{other}");
        var table = System.Net.WebUtility.HtmlDecode(await compare.Content.ReadAsStringAsync()); // "+" is written &#x2B;
        var page = await (await _app.Ana.HtmxGetAsync($"/compare?a=session-{_session}&b=session-{other}")).Content.ReadAsStringAsync();

        Assert.Contains("Air 22 °C, Grip 4/5", print);
        Assert.Contains("Air 77 °F, Track 104 °F, Grip 5/5", print);
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        // B's air: (22 + 25) ÷ 2 = 23.5 °C (77 °F = 25 °C); A's 20 °C: Δ +3.5 °C = +6.3 °F. Grip (4 + 5) ÷ 2 = 4.5 against 3: +1.5.
        // B's track: 104 °F = 40 °C; A has none.
        Assert.Contains("<th scope=\"row\">Air temperature</th><td>20 °C</td><td>23.5 °C</td><td>+3.5 °C (+6.3 °F)</td>", table);
        Assert.Contains("<th scope=\"row\">Track temperature</th><td>—</td><td>40 °C</td><td>—</td>", table);
        Assert.Contains("<th scope=\"row\">Grip (1–5)</th><td>3</td><td>4.5</td><td>+1.5</td>", table);
        Assert.DoesNotContain("Humidity", table); // neither side holds one
        Assert.Contains($"hx-get=\"/compare/conditions?a=session-{_session}&amp;b=session-{other}\"", page);
    }

    [Fact]
    public async Task AnotherRacersSession_Is404_AndChangesNothing()
    {
        await _app.Ana.HtmxPostAsync(Path(), new Dictionary<string, string> { ["Grip"] = "3", ["Unit"] = "C" });
        var bruno = await _app.Bruno.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = _app.BrunosCar.ToString(), ["SessionName"] = "Bruno's", ["Type"] = "Practice", ["Date"] = "2026-11-28",
        });
        var brunos = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM sessions");
        var before = await AllWeather();

        Assert.Equal(HttpStatusCode.OK, bruno.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync(Path())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync(Path(), new Dictionary<string, string> { ["Grip"] = "1", ["Unit"] = "C" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"{Path()}/1/remove", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/compare/conditions?a=session-{brunos}&b=session-{_session}")).StatusCode);
        Assert.Equal(before, await AllWeather());
    }

    [Fact]
    public async Task ThePanel_OpenedAsAPage_IsTheSessionsPage()
    {
        var response = await _app.Ana.GetAsync(Path());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/event-setup/sessions/{_session}", response.Headers.Location!.OriginalString);
        Assert.Contains("HX-Request", response.Headers.Vary);
    }
}
