using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.EventSetup;

/// <summary>Event Setup over HTTP: new session, draft autosave, lock, validation, other racers' sessions.</summary>
public abstract class EventSetupEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : EventSetupEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : EventSetupEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _draft;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        _draft = await _app.AnasDraftAsync(NewSession(_app.AnasCar));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static Dictionary<string, string> NewSession(int car) => new()
    {
        ["CarId"] = car.ToString(), ["SessionName"] = "Saturday practice", ["Type"] = "Practice", ["Date"] = "2026-11-28",
        ["TrackName"] = "Thunder Alley", ["TrackSize"] = "Large", ["Traction"] = "High", ["SurfaceType"] = "Clay", ["SurfaceCondition"] = "Dusty",
    };

    static Dictionary<string, string> Draft(params (string Key, string Value)[] setup)
    {
        var form = NewSession(0);
        form.Remove("CarId");
        foreach (var (key, value) in setup) form[$"setup[{key}]"] = value;
        return form;
    }

    [Fact]
    public async Task TheDraft_SavesAsTyped_AnsweringOnlyTheStatusAndTheNotes()
    {
        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_draft}/draft", Draft(("SO_F", "550"), ("SP_F", "Blue")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<p id=\"draft-status\" class=\"saved\"", html.Trim());
        Assert.Contains("<span id=\"draft-n-SO_F\" class=\"note diff\" hx-swap-oob=\"true\">baseline —</span>", html);
        Assert.DoesNotContain("<input", html);
        Assert.Equal("{\"SO_F\": 550, \"SP_F\": \"Blue\"}", await TestPostgres.ScalarAsync<string>(_app.App.ConnectionString, $"SELECT actual_setup::text FROM sessions WHERE id = {_draft}"));
    }

    [Theory]
    [InlineData("SO_F", "thick", "whole number")]
    [InlineData("C_R", "-45", "from -10 to 10 deg")]
    [InlineData("RH_F", "tall", "Enter a number")]
    [InlineData("Pipe", "a pipe name that is far longer than forty chars", "at most 40 characters")]
    [InlineData("Wing", "big", "is not a parameter of the setup sheet")]
    public async Task ABadDraftValue_Answers422_NamingIt_AndSavesNothing(string key, string value, string message)
    {
        var before = await _app.Snapshot();

        var response = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_draft}/draft", Draft(("SO_F", "600"), (key, value)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task LockConfig_WithABadValue_Is422_InTheDraftsStatusLine_NamingIt_AndChangesNothing()
    {
        var before = await _app.Snapshot();

        var refused = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_draft}/lock", Draft(("SO_F", "thick")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        // The button targets the panel; only the server knows the answer belongs in the status line.
        Assert.Equal("#draft-status", refused.Headers.GetValues("HX-Retarget").Single());
        Assert.Contains("Enter a whole number", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task LockConfig_SavesAndLocks_ThenTheDraftCannotChange()
    {
        var locked = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_draft}/lock", Draft(("SO_F", "575")));
        var later = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_draft}/draft", Draft(("SO_F", "600")));

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, later.StatusCode);
        Assert.Equal("active 575", await TestPostgres.ScalarAsync<string>(_app.App.ConnectionString, $"SELECT status || ' ' || (actual_setup->>'SO_F') FROM sessions WHERE id = {_draft}"));
    }

    [Fact]
    public async Task ANewSession_ForAnotherRacersCar_Is404_ABadOne422_AndNothingIsSaved()
    {
        var before = await _app.Snapshot();

        var foreign = await _app.Ana.HtmxPostAsync("/event-setup/sessions", NewSession(_app.BrunosCar));
        var noName = await _app.Ana.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>(NewSession(_app.AnasCar)) { ["SessionName"] = " " });
        var badType = await _app.Ana.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>(NewSession(_app.AnasCar)) { ["Type"] = "Warmup" });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noName.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badType.StatusCode);
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task AnotherRacersSession_Is404_AndNothingChanges()
    {
        var before = await _app.Snapshot();

        var reopen = await _app.Bruno.HtmxGetAsync($"/event-setup/sessions/{_draft}");
        var save = await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/{_draft}/draft", Draft(("SO_F", "999")));
        var lockIt = await _app.Bruno.HtmxPostAsync($"/event-setup/sessions/{_draft}/lock", Draft());

        Assert.Equal(HttpStatusCode.NotFound, reopen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lockIt.StatusCode);
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task EachRacer_SeesTheirOwnDraftOrNone()
    {
        var ana = await (await _app.Ana.HtmxGetAsync("/event-setup/panel")).Content.ReadAsStringAsync();
        var bruno = await (await _app.Bruno.HtmxGetAsync("/event-setup/panel")).Content.ReadAsStringAsync();

        Assert.Contains("id=\"draft-form\"", ana);
        Assert.Contains("Saturday practice", ana);
        Assert.DoesNotContain("id=\"draft-form\"", bruno);
        Assert.DoesNotContain("Saturday practice", bruno);
    }
}
