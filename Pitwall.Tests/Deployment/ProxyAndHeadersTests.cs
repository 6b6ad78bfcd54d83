using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>Behind the host's proxy: HTTPS seen through X-Forwarded-Proto makes cookies Secure; security headers on every response.</summary>
public abstract partial class ProxyAndHeadersTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : ProxyAndHeadersTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : ProxyAndHeadersTests(DatabaseShape.Adopted);

    [Fact]
    public async Task BehindAnHttpsProxy_CookiesAreSecure_AndTheSessionCookieHasTheHostPrefix()
    {
        await using var app = await TestApp.StartAsync(shape, "PITWALL_FORWARDED_HEADERS=true");
        using var seed = new TestBrowser(app.Address);
        await seed.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" });
        await seed.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Bruno" });
        using var http = new HttpClient { BaseAddress = app.Address };
        (string, string)[] proxy = [("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7")];

        var page = await SendAsync(http, HttpMethod.Get, "/", proxy);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-pitwall_antiforgery=", StringComparison.Ordinal));
        var token = TestBrowser.TokenIn(await page.Content.ReadAsStringAsync());
        var switched = await SendAsync(http, HttpMethod.Post, "/profiles/switch",
            [.. proxy, ("RequestVerificationToken", token), ("HX-Request", "true"), ("Cookie", antiforgery.Split(';')[0])],
            new FormUrlEncodedContent(new Dictionary<string, string> { ["racerId"] = $"{await IdOf(app, "Bruno")}" }));
        var session = switched.Headers.GetValues("Set-Cookie").Single();

        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Net.HttpStatusCode.OK, switched.StatusCode);
        Assert.StartsWith("__Host-pitwall_session=", session);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);

        // Over HTTPS the plain cookie is not read: the same id under the plain name is no session.
        var id = session.Split(';')[0]["__Host-pitwall_session=".Length..];
        var plain = await SendAsync(http, HttpMethod.Get, "/", [.. proxy, ("Cookie", "pitwall_session=" + id)]);
        var secure = await SendAsync(http, HttpMethod.Get, "/", [.. proxy, ("Cookie", "__Host-pitwall_session=" + id)]);
        var defaultRacer = await TestPostgres.ScalarAsync<int>(app.ConnectionString, "SELECT id FROM racer_profiles WHERE is_default");
        Assert.Contains($"<option value=\"{defaultRacer}\" selected=\"selected\">⭐ ", await plain.Content.ReadAsStringAsync());
        Assert.Contains($"<option value=\"{await IdOf(app, "Bruno")}\" selected=\"selected\">Bruno</option>", await secure.Content.ReadAsStringAsync());
    }

    static Task<int> IdOf(TestApp app, string racer) =>
        TestPostgres.ScalarAsync<int>(app.ConnectionString, $"SELECT id FROM racer_profiles WHERE name = '{racer}'");

    static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, (string Name, string Value)[] headers, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return http.SendAsync(request);
    }

    [Fact]
    public async Task WithoutTheSetting_ForwardedHeadersAreIgnored()
    {
        await using var app = await TestApp.StartAsync(shape);
        using var browser = new TestBrowser(app.Address);

        var page = await browser.GetAsync("/", ("X-Forwarded-Proto", "https"));

        Assert.DoesNotContain(page.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/shop-master")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        await using var app = await TestApp.StartAsync(shape);
        using var browser = new TestBrowser(app.Address);

        var response = await browser.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/profiles/edit", true)]
    [InlineData("/css/site.css", false)]
    public async Task Html_WhichCarriesRacersEmails_IsNeverStored_StaticFilesAre(string path, bool personal)
    {
        await using var app = await TestApp.StartAsync(shape);
        using var browser = new TestBrowser(app.Address);
        await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana", ["Email"] = "ana@example.com" });

        var page = await browser.GetAsync(path);
        var fragment = await browser.HtmxGetAsync(path);

        foreach (var response in new[] { page, fragment })
            Assert.Equal(personal, response.Headers.CacheControl?.NoStore == true);
    }

    [Fact]
    public async Task ThePage_HasNoInlineScriptOrStyle_SoTheStrictPolicyHolds()
    {
        await using var app = await TestApp.StartAsync(shape);
        using var browser = new TestBrowser(app.Address);
        await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" });

        foreach (var path in new[] { "/", "/shop-master", "/profiles/edit", "/event-setup/sessions/new" })
        {
            var html = await (await browser.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotContain(" style=", html);
            Assert.DoesNotContain("hx-on", html);
        }
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
