using System.Net;
using Npgsql;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>SIGTERM while a request is in flight: the request finishes, then the process exits 0.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_DuringASlowRequest_LetsItFinish_AndExitsZero()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await using var app = ServerProcess.Start(AppProcess.WebDll, new Dictionary<string, string?> { ["DATABASE_URL"] = db }, TestPostgres.FreePort());
        await app.WaitUntilHealthyAsync();
        await TestPostgres.ExecuteAsync(db, "INSERT INTO racer_profiles (name, is_default) VALUES ('Ana', true)");

        // Make the request slow: hold a lock it needs until the shutdown has begun.
        await using var blocker = new NpgsqlConnection(db);
        await blocker.OpenAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await new NpgsqlCommand("LOCK TABLE racer_profiles IN ACCESS EXCLUSIVE MODE", blocker, tx).ExecuteNonQueryAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var slow = http.GetAsync("/");
        await WaitUntilAsync(async () => await TestPostgres.ScalarAsync<long>(db,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0);

        app.Terminate();
        await app.WaitForLogAsync("Application is shutting down");
        Assert.False(app.HasExited);
        await tx.RollbackAsync();

        var response = await slow;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ana", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WaitForExitAsync());
    }

    static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met in 30 s");
            await Task.Delay(50);
        }
    }
}
