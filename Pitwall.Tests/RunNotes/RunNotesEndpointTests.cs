using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.RunNotes;

/// <summary>
/// Run notes over HTTP: taps and free notes stored in the earlier tool's activity_log, in order, with
/// the heat being entered; the closeout starts on the most tapped symptom; the Changes view shows them
/// beside the change they preceded; another racer's session or note is a 404.
/// </summary>
public abstract class RunNotesEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : RunNotesEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : RunNotesEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _session;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        _session = await LockedAsync("Club practice", "2026-11-14", "500");
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

    Task<HttpResponseMessage> TapAsync(string? symptom, string? note = null, string? heat = null, TestBrowser? who = null, int? session = null)
    {
        // A symptom is tapped on the grid (/taps, answered with the list); a note has its own field and button.
        var form = new Dictionary<string, string>();
        if (symptom is not null) form["Symptom"] = symptom;
        if (note is not null) form["Note"] = note;
        if (heat is not null) form["Heat"] = heat;
        var path = $"/event-setup/sessions/{session ?? _session}/run-notes" + (symptom is null ? "" : "/taps");
        return (who ?? _app.Ana).HtmxPostAsync(path, form);
    }

    /// <summary>Every row of activity_log (the earlier tool's included), to show what changed.</summary>
    Task<string> Log() => TestPostgres.ScalarAsync<string>(Db,
        "SELECT coalesce(string_agg(row(a.id, a.profile_id, a.session_id, a.action, a.details)::text, E'\\n' ORDER BY id), '') FROM activity_log a");

    [Fact]
    public async Task TapsAndANote_AreRowsOfActivityLog_InOrder_WithTheHeatBeingEntered()
    {
        Assert.Equal(HttpStatusCode.OK, (await TapAsync("entry push")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TapAsync("bottoming", heat: "Q1")).StatusCode);
        var note = await TapAsync(null, note: "pushes off the double");
        var last = await TapAsync("entry push");
        var html = await last.Content.ReadAsStringAsync();
        var ana = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM racer_profiles WHERE name = 'Ana'");
        var rows = await TestPostgres.ScalarAsync<string>(Db, $"""
            SELECT string_agg(profile_id || ' ' || action || ' ' || details::text, E'\n' ORDER BY created_at, id)
            FROM activity_log WHERE session_id = {_session}
            """);

        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        Assert.StartsWith("<section id=\"run-notes\"", (await note.Content.ReadAsStringAsync()).TrimStart());
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.StartsWith("<div id=\"run-notes-list\">", html.TrimStart()); // a tap answers with the list alone
        Assert.Equal($$"""
            {{ana}} run_note {"symptom": "entry push"}
            {{ana}} run_note {"heat": "Q1", "symptom": "bottoming"}
            {{ana}} run_note {"note": "pushes off the double"}
            {{ana}} run_note {"symptom": "entry push"}
            """.ReplaceLineEndings("\n"), rows);
        // Each found after the one before it: the list is in the order they were taken.
        var from = 0;
        foreach (var text in new[] { "· Entry push</span>", "· Bottoming · heat Q1</span>", "· pushes off the double</span>", "· Entry push</span>" })
        {
            from = html.IndexOf(text, from, StringComparison.Ordinal) + 1;
            Assert.True(from > 0, $"{text} not after the notes before it");
        }
    }

    [Fact]
    public async Task AFreeNoteAlone_IsANote_ButNothingOrAnUnknownSymptom_Is422BesideTheField_AndSavesNothing()
    {
        Assert.Equal(HttpStatusCode.OK, (await TapAsync(null, note: "new tires feel great")).StatusCode);
        var before = await Log();

        var nothing = await TapAsync(null, note: "  ");
        var unknown = await TapAsync("wobbly");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, nothing.StatusCode);
        Assert.Contains("id=\"run-note-text-error\" class=\"error\" role=\"alert\">Tap a symptom or type a note.</p>", await nothing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("#run-notes", unknown.Headers.GetValues("HX-Retarget").Single());
        Assert.Contains("Tap one of the nine symptoms.", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(before, await Log());
    }

    [Fact]
    public async Task TheCloseout_StartsOnTheSymptomTheTapsAddUpToMost()
    {
        // Bottoming ×2 and landing nose-up ×1: Stability (bumpy) 3; entry push ×2: Front-end wash 2.
        foreach (var symptom in new[] { "bottoming", "entry push", "landing nose-up", "entry push", "bottoming" })
            await TapAsync(symptom);

        var form = await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{_session}/closeout/new")).Content.ReadAsStringAsync();

        Assert.Contains("<option selected=\"selected\">Stability (bumpy)</option>", form);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(form, "selected=\"selected\""));
    }

    [Fact]
    public async Task TheChangesView_ShowsTheNotes_BesideTheChangeTheyPreceded()
    {
        await TapAsync("entry push", heat: "Q1");
        await TapAsync(null, note: "try thicker front oil");
        var next = await LockedAsync("Club race", "2026-11-21", "550");
        await TapAsync("exit loose", session: next); // after the change was logged: precedes no change yet

        var html = await (await _app.Ana.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/changes")).Content.ReadAsStringAsync();
        var change = html.IndexOf("500 → 550", StringComparison.Ordinal);
        var notes = html.IndexOf("Run notes before it:", change, StringComparison.Ordinal);

        Assert.True(change > 0 && notes > change, "the notes follow the change's row");
        var row = html[notes..html.IndexOf("</tr>", notes, StringComparison.Ordinal)];
        Assert.Contains("Club practice", row);
        HtmlAssert.InOrder(row, "Entry push · heat Q1", "try thicker front oil");
        Assert.DoesNotContain("Exit loose", html);
    }

    [Fact]
    public async Task ANoteCanBeRemoved_ButNotTheEarlierToolsOwnLogRows()
    {
        await TapAsync("bottoming");
        var note = await TestPostgres.ScalarAsync<int>(Db, $"SELECT max(id) FROM activity_log WHERE session_id = {_session}");
        await TestPostgres.ExecuteAsync(Db, $$"""
            INSERT INTO activity_log (profile_id, session_id, action, details)
            SELECT profile_id, id, 'session_created', '{"session": "Club practice"}' FROM sessions WHERE id = {{_session}}
            """);
        var tools = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM activity_log");

        var panel = await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{_session}/run-notes")).Content.ReadAsStringAsync();
        var refused = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/run-notes/{tools}/remove", new Dictionary<string, string>());
        var removed = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_session}/run-notes/{note}/remove", new Dictionary<string, string>());

        Assert.DoesNotContain("session_created", panel);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("session_created", await TestPostgres.ScalarAsync<string>(Db, $"SELECT string_agg(action, ',') FROM activity_log WHERE session_id = {_session}"));
    }

    [Fact]
    public async Task AnotherRacersSessionOrNote_Is404_AndChangesNothing()
    {
        await TapAsync("bottoming");
        var note = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM activity_log");
        var before = await Log();

        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/{_session}/run-notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TapAsync("entry push", who: _app.Bruno)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/{_session}/run-notes/{note}/remove", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/{_session}/closeout/new")).StatusCode);
        Assert.Equal(before, await Log());
    }
}
