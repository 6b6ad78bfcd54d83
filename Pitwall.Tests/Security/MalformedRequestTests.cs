using System.Net;
using System.Text;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>
/// Issue 10, item 3: a client's mistake is a 4xx with a short message, the security headers and
/// one warning line without a stack trace, and changes nothing; a real server error is a
/// friendly 500 page with the request id. Against the app as a process, to read its log.
/// </summary>
public abstract class MalformedRequestTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : MalformedRequestTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : MalformedRequestTests(DatabaseShape.Adopted);

    ServerProcess _app = null!;
    string _db = null!;
    TestBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabases.CreateAsync(shape);
        _app = ServerProcess.Start(AppProcess.WebDll, new Dictionary<string, string?> { ["DATABASE_URL"] = _db }, TestPostgres.FreePort());
        await _app.WaitUntilHealthyAsync();
        _browser = new TestBrowser(new Uri(_app.BaseUrl));
        await _browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" });
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _app.DisposeAsync();
    }

    public static TheoryData<string, string, int> Mistakes() => new()
    {
        { "NUL byte", "/profiles", 400 },
        { "NUL byte", "/profiles/1", 400 },
        { "1,025 fields", "/profiles", 400 },
        { "1,025 fields", "/profiles/1", 400 },
        { "a 4 MB field", "/profiles/1", 413 },
        { "a number that is not one", "/profiles/switch", 400 },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task AMalformedForm_IsAClientError_WithHeadersAndOneWarning_AndChangesNothing(string mistake, string path, int status)
    {
        var before = await Racers();
        var form = mistake switch
        {
            "NUL byte" => "Name=a%00b",
            "1,025 fields" => "Name=Zed&" + string.Join('&', Enumerable.Range(0, 1025).Select(i => $"f{i}=x")),
            "a 4 MB field" => "Name=" + new string('a', 4 * 1024 * 1024 + 1),
            _ => "racerId=abc",
        };
        var body = new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded");
        var logged = _app.Lines.Count;

        var response = await _browser.HtmxPostAsync(path, body);

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
        Assert.Equal("#toast", response.Headers.GetValues("HX-Retarget").Single());
        Assert.Equal(before, await Racers());
        var line = await _app.WaitForLogAsync($"Refused POST {path} with {status}");
        var lines = _app.Lines.Skip(logged).ToList();
        Assert.Single(lines, l => l.Contains("WRN", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
        Assert.Contains("WRN", line);
    }

    [Theory]
    // Declared over Kestrel's 30 MB limit.
    [InlineData(31457280, "Name=", 413)]
    // One byte of a 100-byte body, then nothing: far below Kestrel's 240 bytes/s after its 5 s grace.
    [InlineData(100, "N", 408)]
    public async Task ABodyTooLargeOrTooSlow_IsRefused_WithTheSecurityHeaders(int contentLength, string sent, int status)
    {
        var answer = await RawHttp.SendAsync(new Uri(_app.BaseUrl),
            $"POST /profiles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {contentLength}", sent);

        Assert.Equal(status, answer.Status);
        AssertSecurityHeaders(answer.Headers);
        await _app.WaitForLogAsync($"Refused POST /profiles with {status}");
    }

    [Fact]
    public async Task ARealServerError_IsAFriendly500Page_WithTheRequestId_AndTheHeaders()
    {
        await TestPostgres.ExecuteAsync(_db, "ALTER TABLE vehicles RENAME TO vehicles_moved_away");
        try
        {
            var response = await _browser.GetAsync("/shop-master");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("Something went wrong", html);
            var id = System.Text.RegularExpressions.Regex.Match(html, "request id ([^.<\\s]+)").Groups[1].Value;
            Assert.NotEmpty(id);
            Assert.DoesNotContain("vehicles", html);
            AssertSecurityHeaders(response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
            Assert.Contains("ERR", await _app.WaitForLogAsync($"Server error {id}"));
        }
        finally
        {
            await TestPostgres.ExecuteAsync(_db, "ALTER TABLE vehicles_moved_away RENAME TO vehicles");
        }
    }

    static void AssertSecurityHeaders(IReadOnlyDictionary<string, string> headers)
    {
        Assert.Contains("frame-ancestors 'none'", headers["Content-Security-Policy"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("no-store", headers["Cache-Control"]);
    }

    Task<string> Racers() => TestPostgres.ScalarAsync<string>(_db, "SELECT string_agg(row(r.*)::text, E'\\n' ORDER BY id) FROM racer_profiles r");
}
