using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>Issue 10, item 7: per-client limits on writes and creations (429 with Retry-After), and unseen browser sessions purged by the job (the batches: BrowserStoreTests).</summary>
public abstract class LimitsTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : LimitsTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : LimitsTests(DatabaseShape.Adopted);

    static Task<long> RacerCount(TestApp app) => TestPostgres.ScalarAsync<long>(app.ConnectionString, "SELECT count(*) FROM racer_profiles");

    [Fact]
    public async Task WritesBeyondTheBurst_Are429WithRetryAfter_WhileReadsGoOn()
    {
        await using var app = await TestApp.StartAsync(shape, "PITWALL_WRITE_BURST=3", "PITWALL_WRITES_PER_MINUTE=1");
        using var browser = new TestBrowser(app.Address);
        var before = await RacerCount(app);

        var writes = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) writes.Add(await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = $"Racer {i}" }));
        var read = await browser.GetAsync("/");

        Assert.All(writes.Take(3), w => Assert.Equal(HttpStatusCode.OK, w.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, writes[3].StatusCode);
        Assert.InRange(writes[3].Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Contains("wait", await writes[3].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(before + 3, await RacerCount(app));
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    public async Task TheClientAddress_ComesFromTheProxyOnlyWhenItsHeadersAreTrusted(bool trusted, HttpStatusCode secondClient)
    {
        await using var app = await TestApp.StartAsync(shape, "PITWALL_WRITE_BURST=1", "PITWALL_WRITES_PER_MINUTE=1", $"PITWALL_FORWARDED_HEADERS={trusted}");
        using var browser = new TestBrowser(app.Address);
        Task<HttpResponseMessage> CreateAs(string address, string name) =>
            browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = name }, true, ("X-Forwarded-For", address));

        var first = await CreateAs("203.0.113.1", "Ana");
        var second = await CreateAs("203.0.113.2", "Bruno");
        var firstAgain = await CreateAs("203.0.113.1", "Dora");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(secondClient, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
    }

    [Fact]
    public async Task CreatingBeyondTheHourlyLimit_Is429_ButOtherWritesGoOn()
    {
        await using var app = await TestApp.StartAsync(shape, "PITWALL_CREATES_PER_HOUR=2");
        using var browser = new TestBrowser(app.Address);

        var first = await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" });
        var second = await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Bruno" });
        var third = await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Dora" });
        var ana = await TestPostgres.ScalarAsync<int>(app.ConnectionString, "SELECT id FROM racer_profiles WHERE name = 'Ana'");
        var switched = await browser.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = $"{ana}" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Fact]
    public async Task BrowserSessionsUnseenForTheRetention_ArePurgedByTheJob_MoreThanTwoBatchesOfThem_OthersStay()
    {
        var db = await TestDatabases.CreateAsync(shape);
        var stale = Pitwall.Web.Infrastructure.BrowserPurge.Batch * 2 + 500;
        await TestPostgres.ExecuteAsync(db, $"""
            INSERT INTO browser_sessions (id_hash, last_seen_at)
            SELECT sha256(int4send(g)), now() - interval '3 days' FROM generate_series(1, {stale}) g;
            INSERT INTO browser_sessions (id_hash, last_seen_at) VALUES (sha256('fresh'::bytea), now() - interval '1 hour');
            """);

        await using var app = await TestApp.StartAsync(db, false, "PITWALL_SESSION_RETENTION_DAYS=2", "PITWALL_SESSION_PURGE_SECONDS=0.2");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM browser_sessions") > 1 && DateTime.UtcNow < deadline)
            await Task.Delay(100);

        Assert.Equal("fresh", await TestPostgres.ScalarAsync<string>(db,
            "SELECT CASE WHEN id_hash = sha256('fresh'::bytea) THEN 'fresh' ELSE 'stale' END FROM browser_sessions"));
    }
}
