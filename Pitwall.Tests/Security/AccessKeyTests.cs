using System.Net;
using Pitwall.Tests.Infrastructure;
using Pitwall.Web;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>Issue 10, item 2: with PITWALL_ACCESS_KEY every page needs sign-in; without it the app will not listen beyond loopback.</summary>
public abstract class AccessKeyTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : AccessKeyTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : AccessKeyTests(DatabaseShape.Adopted);

    const string Key = "pit-lane-key-2026";
    static readonly string[] WithKey = ["PITWALL_ACCESS_KEY=" + Key, "PITWALL_SIGNIN_FAILURES=3", "PITWALL_SIGNIN_WINDOW_SECONDS=600"];

    [Fact]
    public async Task SignedOut_PagesRedirectToSignIn_HtmxGetsHxRedirect_HealthAndStaticFilesStayOpen()
    {
        // The published app: its static files are where the image has them.
        var db = await TestDatabases.CreateAsync(shape);
        var racers = await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM racer_profiles");
        await using var app = ServerProcess.Start(Path.Combine(RepoPaths.PublishedApp, "Pitwall.Web.dll"),
            new Dictionary<string, string?> { ["DATABASE_URL"] = db, ["PITWALL_ACCESS_KEY"] = Key }, TestPostgres.FreePort(), RepoPaths.PublishedApp);
        await app.WaitUntilHealthyAsync();
        using var browser = new TestBrowser(new Uri(app.BaseUrl));

        var page = await browser.GetAsync("/");
        var fragment = await browser.HtmxGetAsync("/shop-master/fleet");
        var write = await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Mallory" }, withToken: false);
        var health = await browser.GetAsync("/healthz");
        var css = await browser.GetAsync("/css/site.css");
        var signIn = await (await browser.GetAsync("/sign-in")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/sign-in", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, fragment.StatusCode);
        Assert.Equal("/sign-in", fragment.Headers.GetValues("HX-Redirect").Single());
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("<label for=\"access-key\">Access key</label>", signIn);
        Assert.Contains(">Sign in</button>", signIn);
        Assert.Equal(racers, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM racer_profiles"));
    }

    [Fact]
    public async Task TheRightKey_GivesACookieForWeeks_AndSignOutEndsIt()
    {
        await using var app = await TestApp.StartAsync(shape, WithKey);
        using var browser = new TestBrowser(app.Address);
        await browser.OpenAsync("/sign-in");

        var signedIn = await browser.HtmxPostAsync("/sign-in", new Dictionary<string, string> { ["key"] = Key, ["returnUrl"] = "/shop-master" });
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pitwall_auth=", StringComparison.Ordinal));
        var page = await browser.OpenAsync("/");
        var signedOut = await browser.HtmxPostAsync("/sign-out", new Dictionary<string, string>());
        var after = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/shop-master", signedIn.Headers.Location!.OriginalString);
        var expires = DateTimeOffset.Parse(cookie.Split(';').Single(p => p.Trim().StartsWith("expires=", StringComparison.OrdinalIgnoreCase)).Split('=')[1]);
        Assert.True(expires > DateTimeOffset.UtcNow.AddDays(14), cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(">Sign out</button>", page);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/sign-in", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task WrongKeys_AreRefused_ThenRateLimitedPerAddress_With429AndRetryAfter()
    {
        await using var app = await TestApp.StartAsync(shape, WithKey);
        using var browser = new TestBrowser(app.Address);
        await browser.OpenAsync("/sign-in");
        Task<HttpResponseMessage> TryKey(string key) => browser.HtmxPostAsync("/sign-in", new Dictionary<string, string> { ["key"] = key });

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) wrong.Add(await TryKey("guess-" + i));
        var limited = await TryKey(Key);

        Assert.All(wrong, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Contains("That is not the team", await wrong[0].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 600);
        Assert.DoesNotContain(limited.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("pitwall_auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListeningBeyondLoopback_WithoutAKey_IsRefused_UnlessOpenAccessIsDeclared()
    {
        var db = await TestDatabases.CreateAsync(shape);

        var refused = Assert.Throws<StartupRefusedException>(() => PitwallApp.Build(["--urls", "http://0.0.0.0:0"], db));
        await using var open = PitwallApp.Build(["--urls", "http://0.0.0.0:0", "--PITWALL_OPEN_ACCESS=true"], db);
        await using var keyed = PitwallApp.Build(["--urls", "http://0.0.0.0:0", "--PITWALL_ACCESS_KEY=" + Key], db);
        await using var local = PitwallApp.Build(["--urls", "http://127.0.0.1:0"], db);

        Assert.Contains("PITWALL_ACCESS_KEY", refused.Message);
        Assert.Contains("PITWALL_OPEN_ACCESS=true", refused.Message);
    }
}
