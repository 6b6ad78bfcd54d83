using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.PitWall;

/// <summary>
/// Issue 22 on the earlier tool's database: its Team Nitro and Sam Rivers in it, its other racers
/// in the default team, and its pit_wall_messages row ('Box this lap', a call-in about Q2) on
/// Sam's card, on the wall's thread with him, and on his session view.
/// </summary>
public sealed class AdoptedPitWallTests : IAsyncLifetime
{
    SamRivers _sam = null!;

    public async Task InitializeAsync() => _sam = await SamRivers.StartAsync();
    public async Task DisposeAsync() => await _sam.DisposeAsync();

    [Fact]
    public async Task SamsBrowser_SeesTeamNitrosBoard_WithTheToolsMessageOnHisCard()
    {
        var html = await (await _sam.Browser.HtmxGetAsync("/pit-wall")).Content.ReadAsStringAsync();

        Assert.Contains("Pit wall · Team Nitro", html);
        Assert.Contains($"id=\"card-{_sam.Id}\"", html);
        // The tool's message has no author of its own: it came from its team screen, the wall.
        Assert.Contains("Box this lap <span class=\"muted\">(wall)</span>", html);
        // His card shows his newest open session: 'Sunday rounds' (active, the tool's ORP-fields rows), not the closed Q2.
        Assert.Contains("Mugen MBX8R · Sunday rounds · Race · active · Thunder Alley", html);
        Assert.DoesNotContain("Carla", html);
        Assert.Contains("<option value=\"1\" selected=\"selected\">Team Nitro</option>", html);
    }

    [Fact]
    public async Task TheToolsMessage_ShowsOnTheWallsThread_AndOnSamsSessionView_WithGotIt()
    {
        var q2 = await _sam.SessionAsync("Q2");
        var id = await TestPostgres.ScalarAsync<int>(_sam.Db, "SELECT id FROM pit_wall_messages WHERE message = 'Box this lap'");

        var wall = await (await _sam.Browser.HtmxGetAsync($"/pit-wall/teams/1/racers/{_sam.Id}")).Content.ReadAsStringAsync();
        var session = await (await _sam.Browser.HtmxGetAsync($"/pit-wall/messages?session={q2}")).Content.ReadAsStringAsync();
        var page = await (await _sam.Browser.GetAsync($"/event-setup/sessions/{q2}")).Content.ReadAsStringAsync();

        Assert.Contains("Box this lap", wall);
        Assert.Contains("Box this lap", session);
        Assert.Contains("Pit wall · Team Nitro", session);
        Assert.Contains(" · Pit wall · ", session);
        Assert.Contains(" · Q2</p>", session);
        Assert.Contains($"hx-post=\"/pit-wall/messages/{id}/read\"", session);
        Assert.Contains($"hx-get=\"/pit-wall/messages?session={q2}\"", page);
        var gotIt = await _sam.Browser.HtmxPostAsync($"/pit-wall/messages/{id}/read", new Dictionary<string, string> { ["Session"] = q2.ToString() });
        Assert.Equal(HttpStatusCode.OK, gotIt.StatusCode);
        Assert.Equal("wall", await TestPostgres.ScalarAsync<string>(_sam.Db, $"SELECT author FROM pit_wall_message_meta WHERE message_id = {id} AND read_at IS NOT NULL"));
        // The tool's row itself is as it was.
        Assert.Equal("Box this lap|call-in|1", await TestPostgres.ScalarAsync<string>(_sam.Db, $"SELECT concat_ws('|', message, message_type, team_id) FROM pit_wall_messages WHERE id = {id}"));
    }
}
