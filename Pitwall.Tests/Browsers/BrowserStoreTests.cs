using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Browsers;

/// <summary>The browsers' rows: purged in bounded batches, marked seen at most once an hour.</summary>
public sealed class BrowserStoreTests
{
    [Fact]
    public async Task Purge_DeletesAtMostOneBatchOfTheOldestUnseenPerStatement_AndKeepsTheRecentlySeen()
    {
        var stores = await TestStores.CreateAsync();
        await TestPostgres.ExecuteAsync(stores.ConnectionString, """
            INSERT INTO browser_sessions (id_hash, last_seen_at)
            SELECT sha256(int4send(g)), now() - interval '3 days' - g * interval '1 second' FROM generate_series(1, 2500) g;
            INSERT INTO browser_sessions (id_hash, last_seen_at) VALUES (sha256('fresh'::bytea), now() - interval '1 hour');
            """);
        var cutoff = DateTimeOffset.UtcNow.AddDays(-2);

        var batches = new List<int>();
        int deleted;
        do batches.Add(deleted = await stores.Browsers.PurgeAsync(cutoff, 1000));
        while (deleted > 0);

        Assert.Equal([1000, 1000, 500, 0], batches);
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(stores.ConnectionString, "SELECT count(*) FROM browser_sessions WHERE id_hash = sha256('fresh'::bytea)"));
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(stores.ConnectionString, "SELECT count(*) FROM browser_sessions"));
    }

    [Fact]
    public async Task Seen_MarksABrowserOnlyWhenItsLastSightingIsOverAnHourOld_AndAnUnknownOneNever()
    {
        var stores = await TestStores.CreateAsync();
        var (_, browser) = await stores.RacerAsync("Ana");
        await TestPostgres.ExecuteAsync(stores.ConnectionString, "UPDATE browser_sessions SET last_seen_at = now() - interval '61 minutes'");

        var stale = await stores.Browsers.SeenAsync(browser);
        var again = await stores.Browsers.SeenAsync(browser);
        var unknown = await stores.Browsers.SeenAsync(TestStores.NewBrowser());

        Assert.True(stale);
        Assert.False(again);
        Assert.False(unknown);
    }
}
