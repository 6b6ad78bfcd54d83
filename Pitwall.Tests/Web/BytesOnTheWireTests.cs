using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pitwall.Tests.Web;

/// <summary>
/// Issue 11, item 4: HTML compressed as the browser asks, static files fingerprinted, cached for a
/// year and precompressed, and the sizes DESIGN sets counted as the browser receives them. Against
/// the published app (what the image runs, with the publish manifest MapStaticAssets reads), seeded
/// with the data `make bench` measures on: 10 cars with full baselines, an open draft, 3 heats of 30 laps;
/// and 25 library entries with full setups.
/// </summary>
public sealed partial class BytesOnTheWireTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int FirstVisitBudget = 35 * 1024;
    const int FragmentBudget = 4 * 1024;

    ServerProcess _app = null!;
    TestBrowser _browser = null!;
    string _page = "";
    int _resultsSession;
    int _libraryEntry;

    public async Task InitializeAsync()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        _app = ServerProcess.Start(Path.Combine(RepoPaths.PublishedApp, "Pitwall.Web.dll"),
            new Dictionary<string, string?> { ["DATABASE_URL"] = db }, TestPostgres.FreePort(), RepoPaths.PublishedApp);
        await _app.WaitUntilHealthyAsync();
        await TestPostgres.ExecuteAsync(db, Pitwall.Bench.Seed.Fleet);
        _resultsSession = await TestPostgres.ScalarAsync<int>(db, "SELECT session_id FROM race_results LIMIT 1");
        // A library of more than a page (issue 14), each entry with a full setup (flat, as a script may have left it).
        await TestPostgres.ExecuteAsync(db, """
            INSERT INTO master_library (brand, vehicle_model, track_name, traction, surface_condition, source, driver_name, event_name, setup, date_created)
            SELECT 'Mugen', 'MBX8R', 'Thunder Alley', 'High', 'Dusty', 'Pro sheet', 'Driver ' || n, 'Winter series, round ' || n,
                   '{"DF": 7000, "DC": 10000, "DR": 3000, "SO_F": 450, "SO_R": 400, "SP_F": "Blue", "SP_R": "Green", "SB_F": 2.3, "SB_R": 2.5,
                     "P_F": "1.2x4", "P_R": "1.2x4", "Toe_F": -1, "Toe_R": 3, "RH_F": 27, "RH_R": 28, "C_F": -2, "C_R": -2, "ST_F": "Outer",
                     "ST_R": "Inner", "Droop_F": 5, "Droop_R": 6, "Tread": "Chunky", "Compound": "Green", "Engine": "REDS", "Clutch": "4 shoe",
                     "Bell": 13, "Spur": 48, "Pipe": "2113", "Venturi": "7"}', current_date - n
            FROM generate_series(1, 25) n
            """);
        _libraryEntry = await TestPostgres.ScalarAsync<int>(db, "SELECT max(id) FROM master_library");
        _browser = new TestBrowser(new Uri(_app.BaseUrl));
        _page = await _browser.OpenAsync("/");
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PagesAndFragments_ComeCompressed_AsTheBrowserAsks(string encoding)
    {
        var page = await _browser.GetAsync("/", ("Accept-Encoding", encoding));
        var fragment = await _browser.GetAsync("/event-setup/panel", ("HX-Request", "true"), ("Accept-Encoding", encoding));
        var plain = await _browser.GetAsync("/");

        foreach (var response in new[] { page, fragment })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Contains("Lock Config", Decode(encoding, await response.Content.ReadAsByteArrayAsync()));
        }
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    /// <summary>BREACH needs a secret that repeats in answers an attacker can make the browser fetch: neither holds.</summary>
    [Fact]
    public async Task NoSecretRepeats_AndARequestAnotherSiteCaused_IsAnsweredUncompressed()
    {
        var again = await _browser.GetAsync("/", ("Accept-Encoding", "br"));
        var crossSite = await _browser.GetAsync("/", ("Accept-Encoding", "br"), ("Sec-Fetch-Site", "cross-site"));
        var sameSite = await _browser.GetAsync("/event-setup/panel", ("HX-Request", "true"), ("Accept-Encoding", "gzip"), ("Sec-Fetch-Site", "same-site"));
        var ownPage = await _browser.GetAsync("/event-setup/panel", ("HX-Request", "true"), ("Accept-Encoding", "gzip"), ("Sec-Fetch-Site", "same-origin"));

        Assert.NotEqual(TestBrowser.TokenIn(_page), TestBrowser.TokenIn(Decode("br", await again.Content.ReadAsByteArrayAsync())));
        Assert.Empty(crossSite.Content.Headers.ContentEncoding);
        Assert.Empty(sameSite.Content.Headers.ContentEncoding);
        Assert.Equal("gzip", ownPage.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task StaticFilesOnThePage_AreFingerprinted_CachedForAYear_AndPrecompressed()
    {
        var css = Stylesheet().Match(_page).Groups[1].Value;
        var js = Script().Match(_page).Groups[1].Value;

        Assert.Matches(@"^/css/site\.[a-z0-9]{10}\.css$", css);
        Assert.Matches(@"^/lib/htmx/htmx\.min\.[a-z0-9]{10}\.js$", js);
        foreach (var url in new[] { css, js })
        {
            var identity = await (await _browser.GetAsync(url)).Content.ReadAsByteArrayAsync();
            foreach (var encoding in new[] { "br", "gzip" })
            {
                var response = await _browser.GetAsync(url, ("Accept-Encoding", encoding));
                var body = await response.Content.ReadAsByteArrayAsync();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
                Assert.Equal(body.Length, response.Content.Headers.ContentLength);
                // A repeat visit asks for nothing: the URL changes when the file does, so it never goes stale.
                Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
                Assert.Equal(Encoding.UTF8.GetString(identity), Decode(encoding, body));
                Assert.True(body.Length < identity.Length / 2, $"{url} as {encoding}: {body.Length} of {identity.Length} bytes");
            }
        }
    }

    /// <summary>Brotli is what browsers ask for over HTTPS; gzip what they get over plain HTTP (a laptop on the team's network).</summary>
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task AFirstVisit_FitsIn35KB_OnTheWire_AndEveryFragmentIn4KB(string encoding)
    {
        Task<(int Wire, int Raw)> Get(string path, bool htmx = true) => SizeAsync(encoding, htmx
            ? _browser.GetAsync(path, ("HX-Request", "true"), ("Accept-Encoding", encoding))
            : _browser.GetAsync(path, ("Accept-Encoding", encoding)));

        var page = await Get("/", htmx: false);
        var css = await Get(Stylesheet().Match(_page).Groups[1].Value, htmx: false);
        var js = await Get(Script().Match(_page).Groups[1].Value, htmx: false);
        var fragments = new Dictionary<string, (int Wire, int Raw)>
        {
            ["Event-setup panel (open draft, 29-field sheet)"] = await Get("/event-setup/panel"),
            ["Fleet panel (10 cars)"] = await Get("/shop-master/fleet"),
            ["Car form (baseline sheet)"] = await Get("/shop-master/cars/1/edit"),
            ["Racer switch (POST)"] = await SizeAsync(encoding, _browser.HtmxPostAsync("/profiles/switch",
                new Dictionary<string, string> { ["racerId"] = "1" }, withToken: true, ("Accept-Encoding", encoding))),
            ["Session results (3 × 30 laps)"] = await Get($"/event-setup/sessions/{_resultsSession}/results"),
            ["Performance view"] = await Get("/shop-master/cars/1/performance"),
            ["Compare (a session with 3 results, a baseline)"] = await Get($"/compare?a=session-{_resultsSession}&b=car-1"),
            ["Changes view"] = await Get("/shop-master/cars/1/changes"),
            ["Library panel (a page of 20 entries)"] = await Get("/library"),
            ["Library entry (29-field sheet)"] = await Get($"/library/entries/{_libraryEntry}"),
        };

        var firstVisit = page.Wire + css.Wire + js.Wire;
        output.WriteLine($"first visit ({encoding}): {firstVisit} bytes on the wire (page {page.Wire} of {page.Raw}, css {css.Wire} of {css.Raw}, htmx {js.Wire} of {js.Raw})");
        foreach (var (name, (wire, raw)) in fragments) output.WriteLine($"{name}: {wire} bytes on the wire ({encoding}), {raw} raw");
        Assert.True(firstVisit <= FirstVisitBudget, $"first visit: {firstVisit} bytes");
        foreach (var (name, (wire, _)) in fragments) Assert.True(wire <= FragmentBudget, $"{name}: {wire} bytes");
    }

    /// <summary>The body as sent and as read.</summary>
    static async Task<(int Wire, int Raw)> SizeAsync(string encoding, Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        var body = await response.Content.ReadAsByteArrayAsync();
        return (body.Length, Encoding.UTF8.GetByteCount(Decode(encoding, body)));
    }

    static string Decode(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex Script();
}
