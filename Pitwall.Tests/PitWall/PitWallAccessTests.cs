using System.Net;
using Pitwall.Tests.Infrastructure;
using Pitwall.Web.Features.PitWall;

namespace Pitwall.Tests.PitWall;

/// <summary>Issue 22, item 5: with PITWALL_ACCESS_KEY the board needs sign-in like every page, and its streams answer 401 without the cookie and 403 to another site.</summary>
public abstract class PitWallAccessTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : PitWallAccessTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : PitWallAccessTests(DatabaseShape.Adopted);

    const string Key = "pit-lane-key-2026";

    static string[] Streams(int team) => [$"/pit-wall/teams/{team}/stream", "/pit-wall/messages/stream", $"/pit-wall/teams/{team}/racers/1/messages/stream"];

    [Fact]
    public async Task SignedOut_TheBoardRedirectsToSignIn_AndEveryStreamAnswers401()
    {
        await using var app = await TestApp.StartAsync(shape, "PITWALL_ACCESS_KEY=" + Key);
        var team = await TestPostgres.ScalarAsync<int>(app.ConnectionString, "SELECT team_id FROM pit_wall_default_team");
        using var client = app.NewBrowser(followRedirects: false);

        var board = await client.GetAsync("/pit-wall");

        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        Assert.StartsWith("/sign-in", board.Headers.Location!.PathAndQuery);
        foreach (var url in Streams(team))
        {
            using var stream = await EventStreamReader.OpenAsync(client, url);
            Assert.Equal(HttpStatusCode.Unauthorized, stream.Response.StatusCode);
            // Without the Accept header an EventSource sends, too: the URL is a stream's.
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task SignedIn_TheStreamIsLive_ButARequestFromAnotherSiteIsRefused403()
    {
        await using var app = await TestApp.StartAsync(shape, "PITWALL_ACCESS_KEY=" + Key);
        var team = await TestPostgres.ScalarAsync<int>(app.ConnectionString, "SELECT team_id FROM pit_wall_default_team");
        using var browser = new TestBrowser(app.Address);
        await browser.OpenAsync("/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.HtmxPostAsync("/sign-in", new Dictionary<string, string> { ["key"] = Key })).StatusCode);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = browser.Cookies }) { BaseAddress = app.Address };

        using var board = await EventStreamReader.OpenAsync(client, $"/pit-wall/teams/{team}/stream");
        using var elsewhere = await EventStreamReader.OpenAsync(client, $"/pit-wall/teams/{team}/stream", default,
            ("Origin", "https://elsewhere.example"), ("Sec-Fetch-Site", "cross-site"));

        Assert.Equal(HttpStatusCode.OK, board.Response.StatusCode);
        Assert.Equal(new ServerEvent("live", LiveView.LiveText), await board.NextAsync());
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/pit-wall")).StatusCode);
    }
}
