using System.Net;
using System.Text.Json.Nodes;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Library;

/// <summary>The Library over HTTP: save from a session or a car, filters, search, pages, staging and Apply, another racer's ids.</summary>
public abstract class LibraryEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : LibraryEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : LibraryEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<int> AnasSessionAsync(string setup, string track = "Thunder Alley", string traction = "High")
    {
        var id = await _app.AnasDraftAsync(new()
        {
            ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Club night", ["Type"] = "Practice", ["Date"] = "2026-11-21",
            ["TrackName"] = track, ["Traction"] = traction, ["SurfaceCondition"] = "Dusty",
        });
        await TestPostgres.ExecuteAsync(Db, $"UPDATE sessions SET actual_setup = '{setup}' WHERE id = {id}");
        return id;
    }

    Task<int> EntryAsync(string brand, string model, string? track, string? traction, string? condition, string setup, string created = "now()") =>
        TestPostgres.ScalarAsync<int>(Db, $"""
            INSERT INTO master_library (brand, model, track_name, traction, surface_condition, source, setup, created_at)
            VALUES ('{brand}', '{model}', {Sql(track)}, {Sql(traction)}, {Sql(condition)}, 'Pro sheet', '{setup}', {created}) RETURNING id
            """);

    static string Sql(string? s) => s is null ? "NULL" : $"'{s}'";

    async Task<string> Html(Task<HttpResponseMessage> request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await request;
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {html}");
        return html;
    }

    [Fact]
    public async Task SaveFromASession_CopiesSetupTrackAndConditions_AsPromotedSession_ByTheRacer()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500, "P_F": "1.2x4", "odd": [1]}""");

        var html = await Html(_app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Session"] = session.ToString(), ["DriverName"] = "Ana", ["EventName"] = "Winter series", ["Notes"] = "Dusty, high bite late",
        }));

        Assert.Contains("Saved to the library", html);
        Assert.Equal("Mugen|MBX8R|Thunder Alley|High|Dusty|Promoted session|Ana|Winter series|Dusty, high bite late|Ana|{\"P_F\": \"1.2x4\", \"odd\": [1], \"SO_F\": 500}",
            await TestPostgres.ScalarAsync<string>(Db, """
                SELECT concat_ws('|', m.brand, m.model, m.track_name, m.traction, m.surface_condition, m.source, m.driver_name,
                                 m.event_name, m.notes, r.name, m.setup::text)
                FROM master_library m JOIN racer_profiles r ON r.id = m.submitted_by
                """));
    }

    [Fact]
    public async Task SaveFromACarsBaseline_StoresItFlat_WithTheSourceChosen()
    {
        await TestPostgres.ExecuteAsync(Db, $$$"""UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": 450, "pistons": "1.3x3", "bump": 2}}' WHERE id = {{{_app.AnasCar}}}""");

        await Html(_app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string> { ["Car"] = _app.AnasCar.ToString(), ["Source"] = "Factory base" }));

        Assert.Equal("Factory base|{\"P_F\": \"1.3x3\", \"SO_F\": 450, \"front\": {\"bump\": 2}}",
            await TestPostgres.ScalarAsync<string>(Db, "SELECT source || '|' || setup::text FROM master_library"));
    }

    [Fact]
    public async Task SaveFromAnotherRacersSession_Is404_AndSavesNothing()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500}""");

        await Html(_app.Bruno.HtmxPostAsync("/library/save", new Dictionary<string, string> { ["Session"] = session.ToString() }), HttpStatusCode.NotFound);

        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(Db, "SELECT count(*) FROM master_library"));
    }

    [Fact]
    public async Task AnOverLongNote_Answers422_BesideTheField_AndSavesNothing()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500}""");

        var html = await Html(_app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Session"] = session.ToString(), ["Notes"] = new string('x', 2001),
        }), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("library-save-notes-error", html);
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(Db, "SELECT count(*) FROM master_library"));
    }

    [Fact]
    public async Task Filters_OfferTheValuesInTheData_AndNarrowTheList()
    {
        await EntryAsync("Tekno", "EB48 2.1", "Thunder Alley", "High", "Dusty", "{}");
        await EntryAsync("Tekno", "NB48 2.2", "Riverside", "Low", "Wet", "{}");
        await EntryAsync("Mugen", "MBX8R", "Riverside", "Medium", "Dry", "{}");

        var all = await Html(_app.Bruno.HtmxGetAsync("/library"));
        var tekno = await Html(_app.Bruno.HtmxGetAsync("/library?brand=Tekno&track=Riverside"));
        var wet = await Html(_app.Bruno.HtmxGetAsync("/library?condition=Wet"));
        var low = await Html(_app.Bruno.HtmxGetAsync("/library?traction=Low&model=NB48%202.2"));

        foreach (var option in new[] { "<option>Tekno</option>", "<option>Mugen</option>", "<option>NB48 2.2</option>", "<option>Riverside</option>", "<option>Wet</option>", "<option>Medium</option>" })
            Assert.Contains(option, all);
        Assert.Contains("3 setups", all);
        Assert.Contains("1 setup<", tekno);
        Assert.Contains("NB48 2.2", tekno.Split("<tbody")[1]);
        Assert.DoesNotContain("MBX8R", tekno.Split("<tbody")[1]);
        Assert.Contains("1 setup<", wet);
        Assert.Contains("1 setup<", low);
    }

    [Fact]
    public async Task Search_MatchesAnyTextOfAnEntry_AndTakesWildcardsLiterally()
    {
        await EntryAsync("Tekno", "EB48 2.1", "Thunder Alley", "High", "Dusty", "{}");
        await TestPostgres.ExecuteAsync(Db, "UPDATE master_library SET driver_name = 'Ty Tessmann', event_name = 'ROAR Nationals'");
        await EntryAsync("Mugen", "MBX8R", "Riverside", "Medium", "Dry", "{}");

        Assert.Contains("1 setup<", await Html(_app.Bruno.HtmxGetAsync("/library?q=tessmann")));
        Assert.Contains("1 setup<", await Html(_app.Bruno.HtmxGetAsync("/library?q=roar%20nat")));
        Assert.Contains("0 setups", await Html(_app.Bruno.HtmxGetAsync("/library?q=%25")));
    }

    [Fact]
    public async Task TheList_IsNewestFirst_TwentyAPage()
    {
        await TestPostgres.ExecuteAsync(Db, """
            INSERT INTO master_library (brand, model, track_name, setup, created_at)
            SELECT 'Tekno', 'EB48', 'Track ' || lpad(n::text, 2, '0'), '{}', timestamp '2026-01-01' + n * interval '1 day'
            FROM generate_series(1, 25) n
            """);

        var firstPage = await Html(_app.Ana.HtmxGetAsync("/library"));
        var first = firstPage.Split("<tbody")[1];
        var second = (await Html(_app.Ana.HtmxGetAsync("/library?page=2"))).Split("<tbody")[1];

        Assert.Contains("25 setups", firstPage);
        Assert.Contains("Page 1 of 2", firstPage);
        Assert.True(first.IndexOf("Track 25", StringComparison.Ordinal) < first.IndexOf("Track 24", StringComparison.Ordinal));
        Assert.Contains("Track 06", first);
        Assert.DoesNotContain("Track 05", first);
        Assert.Contains("Track 05", second);
        Assert.Contains("Track 01", second);
        Assert.DoesNotContain("Track 06", second);
    }

    [Fact]
    public async Task StagingOneChosenPackage_ShowsOldToNew_AndChangesNothing()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400, "P_F": "1.3x3", "DF": 5000, "Tread": "Kosmos"}""");
        var before = await _app.Snapshot();
        var entry = await EntryAsync("Mugen", "MBX8R", null, null, null, """{"SO_F": 500, "P_F": "1.2x4", "DF": 7000, "Tread": "Bar Codes", "SP_R": "Gold"}""");

        var html = await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/stage", new Dictionary<string, string>
        {
            ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension",
        }));

        Assert.Contains("id=\"staged-SO_F\"", html);
        Assert.Contains("<td data-label=\"Now\">400</td>", html);
        Assert.Contains("<td data-label=\"After Apply\">500</td>", html);
        Assert.Contains("<td data-label=\"After Apply\">1.2x4</td>", html);
        Assert.Contains("id=\"staged-SP_R\"", html);
        Assert.DoesNotContain("staged-DF", html);
        Assert.DoesNotContain("staged-Tread", html);
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task ApplyingOnePackage_ChangesOnlyItsValues_KeptExactly()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400, "P_F": "1.3x3", "DF": 5000, "Tread": "Kosmos", "mine": true}""");
        var entry = await EntryAsync("Mugen", "MBX8R", null, null, null, """{"SO_F": "450wt", "P_F": "1.2x4", "DF": 7000, "Tread": "Bar Codes", "theirs": 1}""");

        var html = await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string>
        {
            ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension",
        }));

        Assert.Contains("Applied: 2 values changed", html);
        var setup = JsonNode.Parse(await TestPostgres.ScalarAsync<string>(Db, $"SELECT actual_setup::text FROM sessions WHERE id = {draft}"))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"SO_F": "450wt", "P_F": "1.2x4", "DF": 5000, "Tread": "Kosmos", "mine": true}"""), setup), setup.ToJsonString());
    }

    [Fact]
    public async Task TheWholeSetup_AsTheCarsNewBaseline_IsStoredNested_ValuesExact()
    {
        await TestPostgres.ExecuteAsync(Db, $$$"""UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": 400}, "power": {"engine": "OS"}}' WHERE id = {{{_app.AnasCar}}}""");
        var entry = await EntryAsync("Mugen", "MBX8R", null, null, null, """{"SO_F": 500, "P_F": "1.2x4", "Engine": "REDS"}""");

        var staged = await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/stage", new Dictionary<string, string>
        {
            ["Target"] = $"car:{_app.AnasCar}", ["Packages"] = "Whole setup",
        }));
        await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string>
        {
            ["Target"] = $"car:{_app.AnasCar}", ["Packages"] = "Whole setup",
        }));

        Assert.Contains("Changes to the baseline of Mugen MBX8R", staged);
        Assert.Contains("<td data-label=\"Now\">OS</td>", staged);
        Assert.Equal("""{"front": {"pistons": "1.2x4", "shock_oil": 500}, "power": {"engine": "REDS"}}""",
            await TestPostgres.ScalarAsync<string>(Db, $"SELECT baseline_setup::text FROM vehicles WHERE id = {_app.AnasCar}"));
        // Through the baseline history: the baseline it replaced is kept, the new one is an entry from the library.
        Assert.Equal("shop-master|{\"front\": {\"shock_oil\": 400}, \"power\": {\"engine\": \"OS\"}}\nlibrary|{\"front\": {\"pistons\": \"1.2x4\", \"shock_oil\": 500}, \"power\": {\"engine\": \"REDS\"}}",
            await TestPostgres.ScalarAsync<string>(Db, $"SELECT string_agg(source || '|' || setup::text, E'\\n' ORDER BY id) FROM baseline_history WHERE vehicle_id = {_app.AnasCar}"));
    }

    [Fact]
    public async Task UsingIntoAnotherRacersDraftOrCar_Is404_AndChangesNothing()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400}""");
        var entry = await EntryAsync("Mugen", "MBX8R", null, null, null, """{"SO_F": 500}""");
        var before = await _app.Snapshot();

        await Html(_app.Bruno.HtmxPostAsync($"/library/entries/{entry}/stage", new Dictionary<string, string> { ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension" }), HttpStatusCode.NotFound);
        await Html(_app.Bruno.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string> { ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension" }), HttpStatusCode.NotFound);
        await Html(_app.Bruno.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string> { ["Target"] = $"car:{_app.AnasCar}", ["Packages"] = "Whole setup" }), HttpStatusCode.NotFound);

        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task UseWithNothingChosen_Answers422_WithBothMessages()
    {
        var entry = await EntryAsync("Mugen", "MBX8R", null, null, null, """{"SO_F": 500}""");

        var html = await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/stage", new Dictionary<string, string>()), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Choose a draft or a car", html);
        Assert.Contains("Choose the whole setup or at least one package", html);
    }

    [Fact]
    public async Task CompareWithMyCar_GoesToTheCarOfTheSameBrandAndModel_ElseLeavesBToPick_AndAnUnknownEntryIs404()
    {
        const string baseline = """{"front": {"shock_oil": 450, "pistons": "1.2x4"}}""";
        await TestPostgres.ExecuteAsync(Db, $"UPDATE vehicles SET baseline_setup = '{baseline}' WHERE id = {_app.AnasCar}");
        var entry = await EntryAsync(" mugen", "MBX8R ", "Thunder Alley", "High", "Dusty", """{"SO_F": 500, "P_F": "1.2x4"}""");
        var other = await EntryAsync("Tekno", "EB48 2.1", null, null, null, """{"SO_F": 500}""");

        var toAnasCar = await _app.Ana.GetAsync($"/library/entries/{entry}/compare");
        var toPick = await _app.Ana.GetAsync($"/library/entries/{other}/compare");
        var compared = await Html(_app.Ana.GetAsync(toAnasCar.Headers.Location!.OriginalString));
        var missing = await _app.Ana.GetAsync("/library/entries/999999/compare");

        Assert.Equal(HttpStatusCode.Redirect, toAnasCar.StatusCode);
        Assert.Equal($"/compare?a=library-{entry}&b=car-{_app.AnasCar}", toAnasCar.Headers.Location!.OriginalString);
        Assert.Equal($"/compare?a=library-{other}", toPick.Headers.Location!.OriginalString);
        // Suspension: shock oil front differs (500 → 450), piston front equal: 1 of 2 set parameters match.
        Assert.Contains("Match 50 %", compared);
        Assert.Contains("library: mugen MBX8R (Pro sheet,", compared);
        Assert.Contains($"value=\"library-{entry}\" selected", compared);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task CompareWithMyCar_MatchesBrandAndModelEachAsAWhole_NotTheirWordsJoined()
    {
        // Ana's car is a Mugen MBX8R: an entry whose words join to the same "Mugen MBX8R" but
        // split them differently is another car.
        var split = await EntryAsync("Mugen MBX8R", "", null, null, null, """{"SO_F": 500}""");

        var response = await _app.Ana.GetAsync($"/library/entries/{split}/compare");

        Assert.Equal($"/compare?a=library-{split}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheLibraryTab_IsAPage_ItsButtonSwapsTheMainArea_AndAnEntryOpensInPlaceOfTheList()
    {
        var entry = await EntryAsync("Tekno", "EB48 2.1", "Thunder Alley", "High", "Dusty", """{"SO_F": 500, "P_F": "1.2x4"}""");

        var page = await Html(_app.Ana.GetAsync("/library"));
        var tab = await Html(_app.Ana.HtmxGetAsync("/library/tab"));
        var opened = await Html(_app.Ana.HtmxGetAsync($"/library/entries/{entry}"));

        Assert.Contains("<!DOCTYPE html>", page);
        Assert.Contains("id=\"library-panel\"", page);
        Assert.Contains("aria-selected=\"true\"", page.Split("Library</button>")[0][^200..]);
        Assert.StartsWith("<section id=\"main-panel\"", tab.TrimStart());
        Assert.Contains("id=\"library-panel\"", tab);
        Assert.Contains("aria-selected=\"true\"", tab.Split("Library</button>")[0][^200..]);
        Assert.StartsWith("<section id=\"library-entry\"", opened.TrimStart());
        Assert.Contains("value=\"1.2x4\"", opened);
        Assert.Contains("High traction · Dusty", opened);
    }

    [Fact]
    public async Task SaveApplyAndSavingAPdfSheet_WithoutTheAntiforgeryToken_Are400_AndChangeNothing()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400}""");
        var entry = await EntryAsync("Mugen", "MBX8R", null, null, null, """{"SO_F": 500}""");
        async Task<string> Everything() =>
            await TestPostgres.ScalarAsync<string>(Db, "SELECT string_agg(row(m.*)::text, E'\\n' ORDER BY id) FROM master_library m") + await _app.Snapshot();
        var before = await Everything();

        var answers = new[]
        {
            await _app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string> { ["Session"] = $"{draft}" }, withToken: false),
            await _app.Ana.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string>
            {
                ["Target"] = $"draft:{draft}", ["Packages"] = "Whole setup",
            }, withToken: false),
            await _app.Ana.HtmxPostAsync("/library/pdf/save", new Dictionary<string, string>
            {
                ["Brand"] = "Tekno", ["Model"] = "EB48 2.2", ["Source"] = "Factory base", ["Setup[SO_F]"] = "600",
            }, withToken: false),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.Equal(before, await Everything());
    }

    [Fact]
    public async Task ADraftLockedSinceItWasChosen_Answers409_AndChangesNothing()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400}""");
        var entry = await EntryAsync("Mugen", "MBX8R", null, null, null, """{"SO_F": 500}""");
        await TestPostgres.ExecuteAsync(Db, $"UPDATE sessions SET status = 'active' WHERE id = {draft}");
        var before = await _app.Snapshot();

        var html = await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string>
        {
            ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension",
        }), HttpStatusCode.Conflict);

        Assert.Contains("That session is locked now", html);
        Assert.Equal(before, await _app.Snapshot());
    }
}
