using System.Diagnostics;
using System.Net;
using Pitwall.Tests.Infrastructure;
using Pitwall.Web.Features.PitWall;

namespace Pitwall.Tests.PitWall;

/// <summary>
/// Issue 22 over HTTP: the board of a team (cards, order, another team's ids), the card tapped
/// read-only, messages both ways with their rules, a racer's team chosen in Edit Profile, and
/// the live stream (its first cards, a write heard within 1 s, its bound, another site refused).
/// </summary>
public abstract class PitWallEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : PitWallEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : PitWallEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);
    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<int> DefaultTeamAsync() => TestPostgres.ScalarAsync<int>(Db, "SELECT team_id FROM pit_wall_default_team");
    Task<int> IdOfAsync(string racer) => TestPostgres.ScalarAsync<int>(Db, $"SELECT id FROM racer_profiles WHERE name = '{racer}'");
    Task<long> MessagesAsync() => TestPostgres.ScalarAsync<long>(Db, "SELECT count(*) FROM pit_wall_messages");

    static async Task<string> HtmlAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    static Dictionary<string, string> Message(string text, string type = "note") => new() { ["Type"] = type, ["Text"] = text };

    /// <summary>Bruno joins a team of that name through 📝 Edit Profile.</summary>
    async Task JoinAsync(string team)
    {
        var bruno = await IdOfAsync("Bruno");
        var saved = await _app.Bruno.HtmxPostAsync($"/profiles/{bruno}", new Dictionary<string, string> { ["Name"] = "Bruno", ["Team"] = team });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task TheBoard_HasACardPerRacerOfTheBrowsersTeam_NewestActivityFirst_AndNoOtherTeamsRacer()
    {
        await _app.AnasDraftAsync(new() { ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Friday practice", ["Type"] = "Practice", ["Date"] = "2026-05-01" });
        var (ana, bruno) = (await IdOfAsync("Ana"), await IdOfAsync("Bruno"));

        var fragment = await _app.Bruno.HtmxGetAsync("/pit-wall");
        var html = await HtmlAsync(fragment);
        var page = await HtmlAsync(await _app.Bruno.GetAsync("/pit-wall"));

        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Contains("Pit wall · Pit crew", html);
        Assert.Contains($"sse-connect=\"/pit-wall/teams/{await DefaultTeamAsync()}/stream\"", html);
        // Ana's draft is the newest activity of the team: her card comes first, with the draft on it.
        HtmlAssert.InOrder(html, $"id=\"card-{ana}\"", $"id=\"card-{bruno}\"");
        Assert.Contains("Mugen MBX8R · Friday practice · Practice · draft", html);
        Assert.Contains("<title>Pit wall · Pitwall</title>", page);
        Assert.Contains("id=\"sidebar-panel\"", page);
        if (shape == DatabaseShape.Adopted)
        {
            // The earlier tool's racers without a team are in the default team; Sam Rivers is in Team Nitro.
            Assert.Contains($"id=\"card-{await IdOfAsync("Carla")}\"", html);
            Assert.DoesNotContain("Sam Rivers", html);
            Assert.Contains("<option value=\"1\">Team Nitro</option>", html);
        }
    }

    [Fact]
    public async Task ACard_ShowsTheLockedSession_ItsResultWithTheGap_ItsChangeAndOutcome_AndTheLastMessage()
    {
        var session = await _app.AnasDraftAsync(new() { ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Club race", ["Type"] = "Main", ["Date"] = "2026-05-02", ["TrackName"] = "Thunder Alley" });
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{session}/lock", new Dictionary<string, string>
        {
            ["SessionName"] = "Club race", ["Type"] = "Main", ["Date"] = "2026-05-02", ["TrackName"] = "Thunder Alley", ["setup[SO_F]"] = "550",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{session}/results", new Dictionary<string, string>
        {
            ["Heat"] = "A-Main", ["RacingClass"] = "", ["Position"] = "2", ["LapTimes"] = "41.5\n41.2\n41.9",
        })).StatusCode);
        // A teammate's result in the same heat (same track and day, no LiveRC event): 40.9, so Ana's 41.2 is 0.300 behind.
        await TestPostgres.ExecuteAsync(Db, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_date, track_name, status)
            SELECT profile_id, id, 'Club race', '2026-05-02', 'Thunder Alley', 'active' FROM vehicles WHERE id = {_app.BrunosCar};
            INSERT INTO race_results (session_id, profile_id, heat_name, best_lap, created_at)
            SELECT max(id), {await IdOfAsync("Bruno")}, 'A-Main', 40.9, now() - interval '1 hour' FROM sessions WHERE vehicle_id = {_app.BrunosCar};
            """);
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{session}/close", new Dictionary<string, string>
        {
            ["Rating"] = "5", ["Feel"] = "Corner exit", ["Observation"] = "",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync("/pit-wall/messages", new Dictionary<string, string>
        {
            ["Session"] = session.ToString(), ["Type"] = "setup", ["Text"] = "Fronts feel great",
        })).StatusCode);

        var html = await HtmlAsync(await _app.Bruno.HtmxGetAsync("/pit-wall"));
        var card = html[html.IndexOf($"id=\"card-{await IdOfAsync("Ana")}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</li>", StringComparison.Ordinal)];

        Assert.Contains("Mugen MBX8R · Club race · Main · closed · Thunder Alley", card);
        // Razor encodes + and ' as character references.
        Assert.Contains("🏁 A-Main · P2 · best 41.200 · &#x2B;0.300 s to the heat&#x27;s fastest", card);
        Assert.Contains("🔧 SO_F", card);
        Assert.Contains("→ 550 · ✅ success", card);
        // The type's emoji comes through Razor, which writes characters beyond the BMP as references (🔧 is &#x1F527;).
        Assert.Contains("💬 &#x1F527; Setup: Fronts feel great <span class=\"muted\">(racer)</span>", card);
        Assert.Contains("1 unread from Ana", card);
        Assert.Contains("Updated just now", card);
    }

    [Fact]
    public async Task TappingACard_ShowsThatRacersSessionReadOnly_AndLeavesTheBrowsersRacerAsItWas()
    {
        var session = await _app.AnasDraftAsync(new() { ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Sunday heats", ["Type"] = "Practice", ["Date"] = "2026-05-03" });
        var (team, ana, bruno) = (await DefaultTeamAsync(), await IdOfAsync("Ana"), await IdOfAsync("Bruno"));
        var before = await _app.Snapshot();

        var response = await _app.Bruno.HtmxGetAsync($"/pit-wall/teams/{team}/racers/{ana}");
        var html = await HtmlAsync(response);
        var sidebar = await HtmlAsync(await _app.Bruno.GetAsync("/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ana <small class=\"muted\">· Pit crew</small>", html);
        Assert.Contains("Sunday heats", html);
        Assert.Contains("readonly=\"readonly\"", html);
        Assert.DoesNotContain("Lock Config", html);
        Assert.DoesNotContain($"/event-setup/sessions/{session}/", html);
        Assert.Contains($"hx-post=\"/pit-wall/teams/{team}/racers/{ana}/messages\"", html);
        Assert.Contains($"<option value=\"{bruno}\" selected=\"selected\">", sidebar);
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task AnotherTeamsRacerOrTeam_Is404_AndWritesNothing()
    {
        await JoinAsync("Team Bravo");
        var (team, bruno) = (await DefaultTeamAsync(), await IdOfAsync("Bruno"));
        var bravo = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM teams WHERE name = 'Team Bravo'");
        await TestPostgres.ExecuteAsync(Db, $"INSERT INTO pit_wall_messages (team_id, profile_id, message) VALUES ({bravo}, {bruno}, 'Bravo only')");
        var bravoMessage = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM pit_wall_messages");
        await TestPostgres.ExecuteAsync(Db, $"INSERT INTO pit_wall_message_meta (message_id, author) VALUES ({bravoMessage}, 'racer')");
        var messages = await MessagesAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _app.Ana.HtmxGetAsync($"/pit-wall/teams/{team}/racers/{bruno}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Ana.HtmxPostAsync($"/pit-wall/teams/{team}/racers/{bruno}/messages", Message("Box"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Ana.HtmxPostAsync($"/pit-wall/teams/{team}/messages/{bravoMessage}/read", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Ana.HtmxGetAsync("/pit-wall?team=2147483647")).StatusCode);
        using (var client = _app.App.NewBrowser())
        {
            using var noTeam = await EventStreamReader.OpenAsync(client, "/pit-wall/teams/2147483647/stream");
            using var otherTeamsRacer = await EventStreamReader.OpenAsync(client, $"/pit-wall/teams/{team}/racers/{bruno}/messages/stream");
            Assert.Equal(HttpStatusCode.NotFound, noTeam.Response.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, otherTeamsRacer.Response.StatusCode);
        }
        // Ana's own session view cannot write about Bruno's session, nor mark his messages.
        var brunosSession = await TestPostgres.ScalarAsync<int>(Db, $"INSERT INTO sessions (profile_id, vehicle_id, session_name) VALUES ({bruno}, {_app.BrunosCar}, 'His') RETURNING id");
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Ana.HtmxPostAsync("/pit-wall/messages", new Dictionary<string, string>
        {
            ["Session"] = brunosSession.ToString(), ["Type"] = "note", ["Text"] = "Not mine",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Ana.HtmxPostAsync($"/pit-wall/messages/{bravoMessage}/read", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(messages, await MessagesAsync());
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(Db, "SELECT count(*) FROM pit_wall_message_meta WHERE read_at IS NOT NULL"));
        // Team Bravo's own board shows him, and the default team's no longer does.
        var bravoBoard = await HtmlAsync(await _app.Ana.HtmxGetAsync($"/pit-wall?team={bravo}"));
        Assert.Contains($"id=\"card-{bruno}\"", bravoBoard);
        Assert.DoesNotContain($"id=\"card-{bruno}\"", await HtmlAsync(await _app.Ana.HtmxGetAsync("/pit-wall")));
    }

    [Fact]
    public async Task ATeamChosenInEditProfile_IsStartedWhenNew_JoinedIgnoringCase_AndShownInTheForm()
    {
        await JoinAsync("Team Bravo");
        await JoinAsync("team bravo");
        var bruno = await IdOfAsync("Bruno");

        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(Db, "SELECT count(*) FROM teams WHERE lower(name) = 'team bravo'"));
        Assert.Equal("Team Bravo", await TestPostgres.ScalarAsync<string>(Db, $"SELECT t.name FROM racer_profiles r JOIN teams t ON t.id = r.team_id WHERE r.id = {bruno}"));
        var form = await HtmlAsync(await _app.Bruno.HtmxGetAsync("/profiles/edit"));
        Assert.Contains("name=\"Team\" type=\"text\" list=\"edit-profile-teams\" value=\"Team Bravo\"", form);
        Assert.Contains("<option value=\"Pit crew\"></option>", form);
        // A racer who saves the profile with their team as it was keeps a NULL team_id (the default team).
        var ana = await IdOfAsync("Ana");
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync($"/profiles/{ana}", new Dictionary<string, string> { ["Name"] = "Ana", ["Team"] = "Pit crew", ["IsDefault"] = shape == DatabaseShape.Fresh ? "true" : "false", ["WasDefault"] = shape == DatabaseShape.Fresh ? "true" : "false" })).StatusCode);
        Assert.True(await TestPostgres.ScalarAsync<bool>(Db, $"SELECT team_id IS NULL FROM racer_profiles WHERE id = {ana}"));
        var tooLong = await _app.Bruno.HtmxPostAsync($"/profiles/{bruno}", new Dictionary<string, string> { ["Name"] = "Bruno", ["Team"] = new string('T', 81) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("id=\"edit-profile-team-error\" class=\"error\" role=\"alert\">Use at most 80 characters for the team (this one has 81).", await HtmlAsync(tooLong));
    }

    [Fact]
    public async Task TheWallsMessage_ShowsOnTheRacersSessionView_NewestFirst_Encoded_AndGotItMarksItRead()
    {
        var (team, ana) = (await DefaultTeamAsync(), await IdOfAsync("Ana"));
        var session = await _app.AnasDraftAsync(new() { ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Heat 1", ["Type"] = "Practice", ["Date"] = "2026-05-04" });

        var first = await _app.Bruno.HtmxPostAsync($"/pit-wall/teams/{team}/racers/{ana}/messages", Message("Box this lap", "call-in"));
        var second = await _app.Bruno.HtmxPostAsync($"/pit-wall/teams/{team}/racers/{ana}/messages", Message("<script>alert(1)</script> & go", "warning"));
        var view = await HtmlAsync(await _app.Ana.HtmxGetAsync($"/pit-wall/messages?session={session}"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2L, await TestPostgres.ScalarAsync<long>(Db,
            $"SELECT count(*) FROM pit_wall_messages m JOIN pit_wall_message_meta mm ON mm.message_id = m.id WHERE m.profile_id = {ana} AND m.team_id = {team} AND mm.author = 'wall' AND m.session_id = {session}"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; go", view);
        Assert.DoesNotContain("<script>alert", view);
        HtmlAssert.InOrder(view, "&lt;script&gt;", "Box this lap"); // newest first
        Assert.Contains("sse-connect=\"/pit-wall/messages/stream\"", view);
        Assert.Contains($"<input type=\"hidden\" name=\"Session\" value=\"{session}\" />", view);

        var boxId = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM pit_wall_messages WHERE message = 'Box this lap' ORDER BY id DESC LIMIT 1");
        var gotIt = await _app.Ana.HtmxPostAsync($"/pit-wall/messages/{boxId}/read", new Dictionary<string, string> { ["Session"] = session.ToString(), ["Text"] = "typing…" });
        var after = await HtmlAsync(gotIt);
        Assert.Equal(HttpStatusCode.OK, gotIt.StatusCode);
        Assert.True(await TestPostgres.ScalarAsync<bool>(Db, $"SELECT read_at IS NOT NULL FROM pit_wall_message_meta WHERE message_id = {boxId}"));
        Assert.Contains(">typing…</textarea>", after);
        Assert.Contains("✓ Read", after);
    }

    [Fact]
    public async Task ARacersMessage_IsUnreadOnTheirCard_UntilTheWallMarksItRead()
    {
        var (team, ana) = (await DefaultTeamAsync(), await IdOfAsync("Ana"));
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync("/pit-wall/messages", Message("Engine is hot", "warning"))).StatusCode);
        var id = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM pit_wall_messages");

        Assert.Contains("1 unread from Ana", await HtmlAsync(await _app.Bruno.HtmxGetAsync("/pit-wall")));
        var thread = await HtmlAsync(await _app.Bruno.HtmxGetAsync($"/pit-wall/teams/{team}/racers/{ana}"));
        Assert.Contains($"hx-post=\"/pit-wall/teams/{team}/messages/{id}/read\"", thread);
        Assert.Equal(HttpStatusCode.OK, (await _app.Bruno.HtmxPostAsync($"/pit-wall/teams/{team}/messages/{id}/read", new Dictionary<string, string>())).StatusCode);
        Assert.DoesNotContain("unread from Ana", await HtmlAsync(await _app.Bruno.HtmxGetAsync("/pit-wall")));
    }

    [Theory]
    [InlineData("note", "", "Write the message.")]
    [InlineData("shout", "Box", "Choose a note, call-in, setup or warning.")]
    [InlineData("note", "281", "Use at most 280 characters (this one has 281).")]
    public async Task ABadMessage_Answers422_WithTheMessageBesideItsField_AndSavesNothing(string type, string text, string message)
    {
        var (team, ana) = (await DefaultTeamAsync(), await IdOfAsync("Ana"));
        // 280 emoji are 280 characters as PostgreSQL counts them (char_length): 281 is one too many.
        var body = text == "281" ? string.Concat(Enumerable.Repeat("🏁", 281)) : text;
        var messages = await MessagesAsync();

        var fromWall = await _app.Bruno.HtmxPostAsync($"/pit-wall/teams/{team}/racers/{ana}/messages", Message(body, type));
        var fromRacer = await _app.Ana.HtmxPostAsync("/pit-wall/messages", Message(body, type));

        foreach (var response in new[] { fromWall, fromRacer })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var field = type == "shout" ? "type" : "text";
            Assert.Contains($"id=\"pit-wall-message-{field}-error\" class=\"error\" role=\"alert\">{message}</p>", await HtmlAsync(response));
        }
        Assert.Equal(messages, await MessagesAsync());
    }

    [Fact]
    public async Task AMessageOf280Emoji_IsSaved()
    {
        var response = await _app.Ana.HtmxPostAsync("/pit-wall/messages", Message(string.Concat(Enumerable.Repeat("🏁", 280))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(280, await TestPostgres.ScalarAsync<int>(Db, "SELECT char_length(message) FROM pit_wall_messages ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task TheStream_SendsLiveAndTheCards_ThenTheCardsAgainWithin1sOfAMessage()
    {
        var (team, ana) = (await DefaultTeamAsync(), await IdOfAsync("Ana"));
        using var client = _app.App.NewBrowser();
        using var stream = await EventStreamReader.OpenAsync(client, $"/pit-wall/teams/{team}/stream");

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new ServerEvent("live", LiveView.LiveText), await stream.NextAsync());
        Assert.Contains($"id=\"card-{ana}\"", (await stream.NextAsync())!.Data);
        Assert.Equal(1000, stream.Retry);

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await _app.Ana.HtmxPostAsync("/pit-wall/messages", Message("Radio check"))).StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var heard = await stream.WaitForAsync("cards", d => d.Contains("Radio check"), timeout.Token);

        Assert.NotNull(heard);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the card changed {clock.ElapsedMilliseconds} ms after the message was sent");
    }

    [Fact]
    public async Task ARequestFromAnotherSite_IsRefused403_ForEveryStream()
    {
        var team = await DefaultTeamAsync();
        using var client = _app.App.NewBrowser();
        foreach (var url in new[] { $"/pit-wall/teams/{team}/stream", "/pit-wall/messages/stream", $"/pit-wall/teams/{team}/racers/{await IdOfAsync("Ana")}/messages/stream" })
        {
            using var stream = await EventStreamReader.OpenAsync(client, url, default, ("Origin", "https://elsewhere.example"), ("Sec-Fetch-Site", "cross-site"));
            Assert.Equal(HttpStatusCode.Forbidden, stream.Response.StatusCode);
        }
    }

    [Fact]
    public async Task PastTheBound_AStreamSendsTheCardsOnce_SaysItRefreshesEvery15s_AndEnds()
    {
        await using var app = await TestApp.StartAsync(shape, "PITWALL_LIVE_VIEWS=1");
        var team = await TestPostgres.ScalarAsync<int>(app.ConnectionString, "SELECT team_id FROM pit_wall_default_team");
        using var client = app.NewBrowser();
        using var first = await EventStreamReader.OpenAsync(client, $"/pit-wall/teams/{team}/stream");
        Assert.Equal("live", (await first.NextAsync())!.Name);

        using var second = await EventStreamReader.OpenAsync(client, $"/pit-wall/teams/{team}/stream");
        var events = new List<ServerEvent>();
        while (await second.NextAsync() is { } e) events.Add(e);

        Assert.Equal(15000, second.Retry);
        Assert.Equal(["live", "cards"], events.Select(e => e.Name));
        Assert.Equal(LiveView.BusyText, events[0].Data);
    }
}
