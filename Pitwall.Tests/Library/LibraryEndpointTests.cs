using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Library;

/// <summary>
/// The Library over HTTP: save from a session or a car (in the earlier tool's columns and nested
/// sheet, readable by its own statements), its own entries listed and used, filters, search,
/// pages, staging and Apply, another racer's ids.
/// </summary>
public abstract partial class LibraryEndpointTests(DatabaseShape shape) : IAsyncLifetime
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

    /// <summary>An entry as a script would insert it, in the tool's columns (track_name, brand and vehicle_model are NOT NULL there).</summary>
    Task<int> EntryAsync(string brand, string model, string track, string? traction, string? condition, string setup,
        string dateCreated = "current_date", string createdAt = "now()") =>
        TestPostgres.ScalarAsync<int>(Db, $"""
            INSERT INTO master_library (brand, vehicle_model, track_name, traction, surface_condition, source, setup, date_created, created_at)
            VALUES ('{brand}', '{model}', '{track}', {Sql(traction)}, {Sql(condition)}, 'Pro sheet', '{setup}', {dateCreated}, {createdAt}) RETURNING id
            """);

    static string Sql(string? s) => s is null ? "NULL" : $"'{s}'";

    /// <summary>The whole library table, to show that nothing was saved or changed (an adopted one has rows of its own).</summary>
    Task<string> Library() => TestPostgres.ScalarAsync<string>(Db,
        "SELECT coalesce(string_agg(row(m.*)::text, E'\\n' ORDER BY id), '') FROM master_library m");

    Task<long> LibraryCount() => TestPostgres.ScalarAsync<long>(Db, "SELECT count(*) FROM master_library");

    Task<int> RacerAsync(string name) => TestPostgres.ScalarAsync<int>(Db, $"SELECT min(id) FROM racer_profiles WHERE name = '{name}'");

    async Task<string> Html(Task<HttpResponseMessage> request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await request;
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>What the racer finds in the Track field of "Save to library" (the GET fills it from the session).</summary>
    static string TrackIn(string form) => TrackField().Match(form) is { Success: true } m
        ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("No Track field in: " + form);

    /// <summary>The entry a save made, from its "Open it in the Library" link.</summary>
    static int SavedEntry(string html) => int.Parse(SavedLink().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Save to library" from one of Ana's sessions as she does it: the form opened (Track filled), then saved.</summary>
    async Task<int> SaveAnasSessionAsync(int session, Dictionary<string, string>? more = null)
    {
        var form = await Html(_app.Ana.HtmxGetAsync($"/library/save?session={session}"));
        var fields = new Dictionary<string, string> { ["Session"] = session.ToString(), ["TrackName"] = TrackIn(form) };
        foreach (var (key, value) in more ?? []) fields[key] = value;
        var html = await Html(_app.Ana.HtmxPostAsync("/library/save", fields));
        Assert.Contains("Saved to the library", html);
        return SavedEntry(html);
    }

    static void AssertJson(JsonNode expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(actual)), $"expected {expected.ToJsonString()}\nactual   {actual}");

    [Fact]
    public async Task SaveFromASession_WritesTheToolsColumns_TodaysDate_AndTheSetupNestedWithEveryCell_UnknownKeysKept()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500, "P_F": "1.2x4", "odd": [1]}""");

        var entry = await SaveAnasSessionAsync(session, new() { ["DriverName"] = "Ana", ["EventName"] = "Winter series", ["Notes"] = "Dusty, high bite late" });

        Assert.Equal("Mugen|MBX8R|Thunder Alley|High|Dusty|Promoted session|Ana|Winter series|Dusty, high bite late|Ana|t",
            await TestPostgres.ScalarAsync<string>(Db, $"""
                SELECT concat_ws('|', m.brand, m.vehicle_model, m.track_name, m.traction, m.surface_condition, m.source, m.driver_name,
                                 m.event_name, m.notes, r.name, m.date_created = current_date)
                FROM master_library m JOIN racer_profiles r ON r.id = m.submitted_by WHERE m.id = {entry}
                """));
        // Every one of the 29 cells, blanks as null, as the earlier tool writes a sheet; the unknown key kept beside them.
        var expected = EarlierToolLibrary.Sheet(("front.shock_oil", 500), ("front.pistons", "1.2x4"));
        expected["odd"] = new JsonArray(1);
        AssertJson(expected, await TestPostgres.ScalarAsync<string>(Db, $"SELECT setup::text FROM master_library WHERE id = {entry}"));
    }

    [Fact]
    public async Task SaveFromACarsBaseline_WritesTheToolsColumns_AndStoresItNestedWithEveryCell_WithTheSourceAndTrackChosen()
    {
        await TestPostgres.ExecuteAsync(Db, $$$"""UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": 450, "pistons": "1.3x3", "bump": 2}}' WHERE id = {{{_app.AnasCar}}}""");

        var html = await Html(_app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Car"] = _app.AnasCar.ToString(), ["Source"] = "Factory base", ["TrackName"] = "Mulligan",
        }));
        var entry = SavedEntry(html);

        Assert.Equal("Mugen|MBX8R|Mulligan|Factory base|Ana|t", await TestPostgres.ScalarAsync<string>(Db, $"""
            SELECT concat_ws('|', m.brand, m.vehicle_model, m.track_name, m.source, r.name, m.date_created = current_date)
            FROM master_library m JOIN racer_profiles r ON r.id = m.submitted_by WHERE m.id = {entry}
            """));
        var expected = EarlierToolLibrary.Sheet(("front.shock_oil", 450), ("front.pistons", "1.3x3"));
        expected["front"]!["bump"] = 2;   // the baseline's own key of the group, kept in it
        AssertJson(expected, await TestPostgres.ScalarAsync<string>(Db, $"SELECT setup::text FROM master_library WHERE id = {entry}"));
    }

    [Fact]
    public async Task SaveFromACarsBaseline_WithTheTrackBlank_Answers422_BesideTheTrackField_AndSavesNothing()
    {
        var before = await Library();

        var html = await Html(_app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Car"] = _app.AnasCar.ToString(), ["Source"] = "Factory base", ["TrackName"] = "  ",
        }), HttpStatusCode.UnprocessableEntity);

        // The message is the Track field's own: its error element, named by the field's aria-describedby.
        Assert.Matches("<input id=\"library-save-trackname\" name=\"TrackName\"[^>]* aria-invalid=\"true\" aria-describedby=\"library-save-trackname-error\"", html);
        Assert.Contains("<p id=\"library-save-trackname-error\" class=\"error\" role=\"alert\">Name the track this setup is for", html);
        Assert.Equal(before, await Library());
    }

    [Fact]
    public async Task TheSaveForm_FromASession_FillsTrackWithTheSessions_FromACarLeavesItToType_AndAnotherRacersSessionIs404()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500}""", track: "Riverside Raceway");

        var fromSession = await Html(_app.Ana.HtmxGetAsync($"/library/save?session={session}"));
        var fromCar = await Html(_app.Ana.HtmxGetAsync($"/library/save?car={_app.AnasCar}"));

        Assert.Equal("Riverside Raceway", TrackIn(fromSession));
        Assert.Equal("", TrackIn(fromCar));
        await Html(_app.Bruno.HtmxGetAsync($"/library/save?session={session}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SaveFromAnotherRacersSession_Is404_AndSavesNothing()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500}""");
        var before = await Library();

        await Html(_app.Bruno.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Session"] = session.ToString(), ["TrackName"] = "Thunder Alley",
        }), HttpStatusCode.NotFound);

        Assert.Equal(before, await Library());
    }

    [Fact]
    public async Task AnOverLongNote_Answers422_BesideTheField_AndSavesNothing()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500}""");
        var before = await Library();

        var html = await Html(_app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Session"] = session.ToString(), ["TrackName"] = "Thunder Alley", ["Notes"] = new string('x', 2001),
        }), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("<p id=\"library-save-notes-error\" class=\"error\" role=\"alert\">Use at most 2000 characters.", html);
        Assert.Equal(before, await Library());
    }

    [Fact]
    public async Task TheEarlierToolsListAndPaths_ReadWhatPitwallSaved_InItsMeaning()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500, "P_F": "1.2x4", "DC": 7000, "Tread": "Kosmos", "Venturi": "7mm", "SO_R": "450wt"}""");
        await TestPostgres.ExecuteAsync(Db, $$$"""UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": 600}, "power": {"bell": 14}}' WHERE id = {{{_app.AnasCar}}}""");

        var fromSession = await SaveAnasSessionAsync(session, new() { ["DriverName"] = "Ana", ["EventName"] = "Winter series" });
        var fromCar = SavedEntry(await Html(_app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Car"] = _app.AnasCar.ToString(), ["Source"] = "Factory base", ["TrackName"] = "Mulligan",
        })));

        // Its list: Pitwall's entries first (dated today, newer than any the tool holds), in its columns.
        var listed = await TestPostgres.ScalarAsync<string>(Db, $"""
            SELECT string_agg(concat_ws('|', l.track_name, l.brand, l.vehicle_model, l.surface_condition, l.date_created = current_date,
                                        l.source, l.driver_name, l.event_name), E'\n' ORDER BY l.id)
            FROM (SELECT * FROM ({EarlierToolLibrary.List} LIMIT 2) t) l
            """);
        Assert.Equal("Thunder Alley|Mugen|MBX8R|Dusty|t|Promoted session|Ana|Winter series\nMulligan|Mugen|MBX8R|t|Factory base", listed);
        // Its reads of the sheet, through the nested paths only: the values Pitwall saved, in their JSON types; a blank reads as none.
        Assert.Equal("500|1.2x4|7000|Kosmos|7mm|450wt|number|string|null|", await TestPostgres.ScalarAsync<string>(Db, $$"""
            SELECT concat_ws('|', setup #>> '{front,shock_oil}', setup #>> '{front,pistons}', setup #>> '{diffs,center}',
                             setup #>> '{tires,tread}', setup #>> '{power,venturi}', setup #>> '{rear,shock_oil}',
                             jsonb_typeof(setup #> '{front,shock_oil}'), jsonb_typeof(setup #> '{front,pistons}'),
                             jsonb_typeof(setup #> '{rear,spring}'), coalesce(setup #>> '{rear,spring}', ''))
            FROM master_library WHERE id = {{fromSession}}
            """));
        Assert.Equal("600|14|null", await TestPostgres.ScalarAsync<string>(Db, $$"""
            SELECT concat_ws('|', setup #>> '{front,shock_oil}', setup #>> '{power,bell}', jsonb_typeof(setup #> '{diffs,front}'))
            FROM master_library WHERE id = {{fromCar}}
            """));
    }

    [Fact]
    public async Task TheEarlierToolsOwnInsert_Works_AndPitwallListsFiltersOpensAndUsesItsEntry_BlankCellsUnflaggedAndLeftAlone()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400, "SP_F": "Blue", "SO_R": 450, "DC": 5000, "Tread": "Kosmos"}""");
        var setup = EarlierToolLibrary.Sheet(("front.shock_oil", 550), ("front.pistons", "1.3x4"), ("diffs.center", 8000), ("tires.compound", "Silver"));

        var entry = await EarlierToolLibrary.InsertAsync(Db, "Riverside", "Tekno", "EB48 2.2", "Wet", setup, "Pro sheet", "R. Maifield", "Worlds",
            await RacerAsync("Bruno"));

        var list = await Html(_app.Ana.HtmxGetAsync("/library"));
        var filtered = await Html(_app.Ana.HtmxGetAsync("/library?model=EB48%202.2"));
        var opened = await Html(_app.Ana.HtmxGetAsync($"/library/entries/{entry}"));
        Assert.Contains("<option>EB48 2.2</option>", list);   // the Model filter offers the tool's vehicle_model
        Assert.Contains("1 setup<", filtered);
        Assert.Contains($"id=\"library-entry-{entry}\"", filtered);
        Assert.Contains("<td data-label=\"Car\">Tekno EB48 2.2</td>", filtered);
        Assert.Contains("<td data-label=\"Date\">" + await TestPostgres.ScalarAsync<string>(Db, "SELECT current_date::text"), filtered);
        Assert.Contains("id=\"entry-SO_F\" name=\"setup[SO_F]\" value=\"550\"", opened);
        Assert.Contains("id=\"entry-P_F\" name=\"setup[P_F]\" value=\"1.3x4\"", opened);
        Assert.Contains("id=\"entry-Compound\" name=\"setup[Compound]\" value=\"Silver\"", opened);
        // Its 25 blank cells (null) show empty, none flagged.
        Assert.Contains("id=\"entry-SP_F\" name=\"setup[SP_F]\" value=\"\"", opened);
        Assert.DoesNotContain("⚠", opened);

        await Html(_app.Ana.HtmxGetAsync($"/library/entries/{entry}/use"));
        var applied = await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string>
        {
            ["Target"] = $"draft:{draft}", ["Packages"] = "Whole setup",
        }));

        // The entry's values go in as stored; a blank cell of the entry leaves the draft's value as it was.
        Assert.Contains("Applied: 4 values changed", applied);
        AssertJson(JsonNode.Parse("""{"SO_F": 550, "SP_F": "Blue", "SO_R": 450, "DC": 8000, "Tread": "Kosmos", "P_F": "1.3x4", "Compound": "Silver"}""")!,
            await TestPostgres.ScalarAsync<string>(Db, $"SELECT actual_setup::text FROM sessions WHERE id = {draft}"));
    }

    [Fact]
    public async Task StagingAnEntryPitwallSaved_ListsOnlyItsValues_NotItsBlankCells()
    {
        var session = await AnasSessionAsync("""{"SO_F": 500, "P_F": "1.2x4"}""");
        var entry = await SaveAnasSessionAsync(session);
        var draft = await AnasSessionAsync("""{"SO_F": 400, "SP_F": "Blue", "Toe_F": 1}""");

        var html = await Html(_app.Ana.HtmxPostAsync($"/library/entries/{entry}/stage", new Dictionary<string, string>
        {
            ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension",
        }));

        Assert.Contains("id=\"staged-SO_F\"", html);
        Assert.Contains("id=\"staged-P_F\"", html);
        Assert.DoesNotContain("staged-SP_F", html);
        Assert.DoesNotContain("staged-Toe_F", html);
    }

    [GeneratedRegex("id=\"library-save-trackname\" name=\"TrackName\" type=\"text\"(?: value=\"([^\"]*)\")?")]
    private static partial Regex TrackField();

    [GeneratedRegex("href=\"/library/entries/(\\d+)\"")]
    private static partial Regex SavedLink();

    [Fact]
    public async Task Filters_OfferTheValuesInTheData_AndNarrowTheList()
    {
        await EntryAsync("Tekno", "EB48 2.1", "Thunder Alley", "High", "Dusty", "{}");
        await EntryAsync("Tekno", "NB48 2.2", "Riverside", "Low", "Wet", "{}");
        await EntryAsync("Mugen", "MBX8R", "Riverside", "Medium", "Dry", "{}");
        var total = await LibraryCount();   // the three, and an adopted library's own

        var all = await Html(_app.Bruno.HtmxGetAsync("/library"));
        var tekno = await Html(_app.Bruno.HtmxGetAsync("/library?brand=Tekno&track=Riverside"));
        var wet = await Html(_app.Bruno.HtmxGetAsync("/library?condition=Wet"));
        var low = await Html(_app.Bruno.HtmxGetAsync("/library?traction=Low&model=NB48%202.2"));

        foreach (var option in new[] { "<option>Tekno</option>", "<option>Mugen</option>", "<option>NB48 2.2</option>", "<option>Riverside</option>", "<option>Wet</option>", "<option>Medium</option>" })
            Assert.Contains(option, all);
        Assert.Contains($"{total} setups", all);
        Assert.Contains("1 setup<", tekno);
        Assert.Contains("NB48 2.2", tekno.Split("<tbody")[1]);
        Assert.DoesNotContain("MBX8R", tekno.Split("<tbody")[1]);
        Assert.Contains("1 setup<", wet);
        Assert.Contains("1 setup<", low);
    }

    [Fact]
    public async Task Search_MatchesAnyTextOfAnEntry_AndTakesWildcardsLiterally()
    {
        var tekno = await EntryAsync("Tekno", "EB48 2.1", "Thunder Alley", "High", "Dusty", "{}");
        await TestPostgres.ExecuteAsync(Db, $"UPDATE master_library SET driver_name = 'Ty Tessmann', event_name = 'ROAR Nationals' WHERE id = {tekno}");
        await EntryAsync("Mugen", "MBX8R", "Riverside", "Medium", "Dry", "{}");

        Assert.Contains("1 setup<", await Html(_app.Bruno.HtmxGetAsync("/library?q=tessmann")));
        Assert.Contains("1 setup<", await Html(_app.Bruno.HtmxGetAsync("/library?q=roar%20nat")));
        Assert.Contains("0 setups", await Html(_app.Bruno.HtmxGetAsync("/library?q=%25")));
    }

    [Fact]
    public async Task TheList_IsNewestDateCreatedFirst_TwentyAPage_PagedByKeyOlderAndNewer()
    {
        // created_at runs the other way: the order is the entry's own date, as the earlier tool sorts it.
        await TestPostgres.ExecuteAsync(Db, """
            INSERT INTO master_library (brand, vehicle_model, track_name, setup, date_created, created_at)
            SELECT 'Tekno', 'EB48', 'Track ' || lpad(n::text, 2, '0'), '{}', date '2026-01-01' + n, timestamp '2026-03-01' - n * interval '1 day'
            FROM generate_series(1, 25) n
            """);
        var total = await LibraryCount();   // the 25, and an adopted library's own (older: dated 2024)

        var firstPage = await Html(_app.Ana.HtmxGetAsync("/library"));
        var first = firstPage.Split("<tbody")[1];
        var older = OlderLink().Match(firstPage).Groups[1].Value.Replace("&amp;", "&");
        var secondPage = await Html(_app.Ana.HtmxGetAsync(older));
        var second = secondPage.Split("<tbody")[1];
        var newer = NewerLink().Match(secondPage).Groups[1].Value.Replace("&amp;", "&");
        var backAgain = (await Html(_app.Ana.HtmxGetAsync(newer))).Split("<tbody")[1];

        Assert.Contains($"{total} setups", firstPage);
        Assert.DoesNotContain("← Newer", firstPage);
        Assert.Matches(@"^/library\?before=\d+$", older);   // the key of the page's last entry, never an offset
        HtmlAssert.InOrder(first, "Track 25", "Track 24", "Track 06");
        Assert.DoesNotContain("Track 05", first);
        HtmlAssert.InOrder(second, "Track 05", "Track 01");
        Assert.DoesNotContain("Track 06", second);
        Assert.Matches(@"^/library\?after=\d+$", newer);
        Assert.Equal(first, backAgain);
    }

    [GeneratedRegex("hx-get=\"(/library[^\"]*)\">Older")]
    private static partial Regex OlderLink();

    [GeneratedRegex("hx-get=\"(/library[^\"]*)\">← Newer")]
    private static partial Regex NewerLink();

    [Fact]
    public async Task TheListAndAnOpenedEntry_ShowDateCreated_NotCreatedAt_AndSortByIt()
    {
        var earlier = await EntryAsync("Kyosho", "MP10", "Early track", null, null, "{}", dateCreated: "'2026-02-01'", createdAt: "'2026-04-01 12:00'");
        var later = await EntryAsync("Kyosho", "MP10", "Late track", null, null, "{}", dateCreated: "'2026-03-01'", createdAt: "'2026-01-15 12:00'");

        var rows = (await Html(_app.Ana.HtmxGetAsync("/library?brand=Kyosho"))).Split("<tbody")[1];
        var opened = await Html(_app.Ana.HtmxGetAsync($"/library/entries/{earlier}"));

        HtmlAssert.InOrder(rows, $"library-entry-{later}", $"library-entry-{earlier}");
        Assert.Contains("<td data-label=\"Date\">2026-03-01</td>", rows);
        Assert.Contains("<td data-label=\"Date\">2026-02-01</td>", rows);
        Assert.DoesNotContain("2026-04-01", rows);
        Assert.DoesNotContain("2026-01-15", rows);
        Assert.Contains("<dt>Date</dt><dd>2026-02-01</dd>", opened);
    }

    [Fact]
    public async Task StagingOneChosenPackage_ShowsOldToNew_AndChangesNothing()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400, "P_F": "1.3x3", "DF": 5000, "Tread": "Kosmos"}""");
        var before = await _app.Snapshot();
        var entry = await EntryAsync("Mugen", "MBX8R", "Thunder Alley", null, null, """{"SO_F": 500, "P_F": "1.2x4", "DF": 7000, "Tread": "Bar Codes", "SP_R": "Gold"}""");

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
        var entry = await EntryAsync("Mugen", "MBX8R", "Thunder Alley", null, null, """{"SO_F": "450wt", "P_F": "1.2x4", "DF": 7000, "Tread": "Bar Codes", "theirs": 1}""");

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
        var entry = await EntryAsync("Mugen", "MBX8R", "Thunder Alley", null, null, """{"SO_F": 500, "P_F": "1.2x4", "Engine": "REDS"}""");

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
        var entry = await EntryAsync("Mugen", "MBX8R", "Thunder Alley", null, null, """{"SO_F": 500}""");
        var before = await _app.Snapshot();

        await Html(_app.Bruno.HtmxPostAsync($"/library/entries/{entry}/stage", new Dictionary<string, string> { ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension" }), HttpStatusCode.NotFound);
        await Html(_app.Bruno.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string> { ["Target"] = $"draft:{draft}", ["Packages"] = "Suspension" }), HttpStatusCode.NotFound);
        await Html(_app.Bruno.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string> { ["Target"] = $"car:{_app.AnasCar}", ["Packages"] = "Whole setup" }), HttpStatusCode.NotFound);

        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task UseWithNothingChosen_Answers422_WithBothMessages()
    {
        var entry = await EntryAsync("Mugen", "MBX8R", "Thunder Alley", null, null, """{"SO_F": 500}""");

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
        var other = await EntryAsync("Tekno", "EB48 2.1", "Thunder Alley", null, null, """{"SO_F": 500}""");

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
        var split = await EntryAsync("Mugen MBX8R", "", "Thunder Alley", null, null, """{"SO_F": 500}""");

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
        var entry = await EntryAsync("Mugen", "MBX8R", "Thunder Alley", null, null, """{"SO_F": 500}""");
        async Task<string> Everything() => await Library() + await _app.Snapshot();
        var before = await Everything();

        var answers = new[]
        {
            await _app.Ana.HtmxPostAsync("/library/save", new Dictionary<string, string> { ["Session"] = $"{draft}", ["TrackName"] = "Thunder Alley" }, withToken: false),
            await _app.Ana.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string>
            {
                ["Target"] = $"draft:{draft}", ["Packages"] = "Whole setup",
            }, withToken: false),
            await _app.Ana.HtmxPostAsync("/library/pdf/save", new Dictionary<string, string>
            {
                ["Brand"] = "Tekno", ["Model"] = "EB48 2.2", ["TrackName"] = "Thunder Alley", ["Source"] = "Factory base", ["Setup[SO_F]"] = "600",
            }, withToken: false),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.Equal(before, await Everything());
    }

    [Fact]
    public async Task ADraftLockedSinceItWasChosen_Answers409_AndChangesNothing()
    {
        var draft = await AnasSessionAsync("""{"SO_F": 400}""");
        var entry = await EntryAsync("Mugen", "MBX8R", "Thunder Alley", null, null, """{"SO_F": 500}""");
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
