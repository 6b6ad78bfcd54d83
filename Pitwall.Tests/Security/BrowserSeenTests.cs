using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>
/// A browser in use stays known without ever switching: at most once an hour any page marks it
/// seen (so the 180-day purge keeps it) and gives its cookie a full lifetime again (its expiry
/// slides); a static file never carries the cookie.
/// </summary>
public abstract class BrowserSeenTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : BrowserSeenTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : BrowserSeenTests(DatabaseShape.Adopted);

    TestApp _app = null!;
    TestBrowser _browser = null!;
    string _row = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(shape);
        _browser = new TestBrowser(_app.Address);
        // Creating a racer switches to it: the browser gets its minted id and a row.
        await _browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Vera" });
        var id = _browser.Cookies.GetCookies(_app.Address)["pitwall_session"]!.Value;
        _row = $"id_hash = sha256(decode('{id}', 'hex'))";
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _app.DisposeAsync();
    }

    Task<double> SecondsSinceSeen() => TestPostgres.ScalarAsync<double>(_app.ConnectionString,
        $"SELECT extract(epoch FROM now() - last_seen_at)::float8 FROM browser_sessions WHERE {_row}");

    static string? SessionCookie(HttpResponseMessage r) =>
        r.Headers.TryGetValues("Set-Cookie", out var set) ? set.FirstOrDefault(c => c.StartsWith("pitwall_session=", StringComparison.Ordinal)) : null;

    [Fact]
    public async Task ABrowserUnseenForOverAnHour_IsMarkedSeenByAnyPage_AndItsCookieGetsAFullLifetimeAgain()
    {
        await TestPostgres.ExecuteAsync(_app.ConnectionString, $"UPDATE browser_sessions SET last_seen_at = now() - interval '2 hours' WHERE {_row}");

        var page = await _browser.GetAsync("/shop-master");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.InRange(await SecondsSinceSeen(), 0, 60);
        var cookie = SessionCookie(page);
        Assert.NotNull(cookie);
        Assert.Contains("max-age=15552000", cookie, StringComparison.OrdinalIgnoreCase); // 180 days, from now
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ABrowserSeenWithinTheHour_IsNotWrittenAgain_AndAStaticFileNeverCarriesTheCookie()
    {
        await TestPostgres.ExecuteAsync(_app.ConnectionString, $"UPDATE browser_sessions SET last_seen_at = now() - interval '30 minutes' WHERE {_row}");

        var page = await _browser.GetAsync("/shop-master");
        var css = await _browser.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.InRange(await SecondsSinceSeen(), 29 * 60, 31 * 60 + 60);
        Assert.Null(SessionCookie(page));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Null(SessionCookie(css));
    }
}
