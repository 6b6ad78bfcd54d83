using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Local;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>The database is not there when the app starts: it retries with backoff, then gives up naming host and cause.</summary>
public sealed class StartupRetryTests
{
    [Fact]
    public async Task WhenTheDatabaseNeverComes_TheAppRetries_ThenExitsNamingHostAndCause()
    {
        var port = TestPostgres.FreePort();
        await using var app = ServerProcess.Start(AppProcess.WebDll, new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = $"postgresql://pitwall:secret@127.0.0.1:{port}/pitwall",
            ["PITWALL_DB_WAIT_SECONDS"] = "3",
        }, TestPostgres.FreePort());

        var exit = await app.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Contains(app.Lines, l => l.Contains($"Database 127.0.0.1:{port} not reachable (attempt 1)"));
        Assert.Contains(app.Lines, l => l.Contains("(attempt 2)"));
        var last = app.Lines.Last(l => l.Length > 0);
        Assert.Contains($"Database 127.0.0.1:{port} unreachable after", last);
        Assert.Contains("refused", last, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", app.Log);
    }

    [Fact]
    public async Task WhenTheDatabaseComesLate_TheAppWaits_ThenMigratesAndServes()
    {
        var server = await TestPostgres.StartAsync("late");
        try
        {
            await server.StopAsync();
            await using var app = ServerProcess.Start(AppProcess.WebDll,
                new Dictionary<string, string?> { ["DATABASE_URL"] = server.ConnectionString() }, TestPostgres.FreePort());

            await app.WaitForLogAsync("not reachable (attempt 1)");
            await server.StartAsync(TestPostgres.FastSettings);
            await app.WaitUntilHealthyAsync();

            Assert.Contains(app.Lines, l => l.Contains("reachable after"));
            Assert.Contains(app.Lines, l => l.Contains("Database migrated to version"));
        }
        finally
        {
            TestPostgres.Cleanup(server);
        }
    }
}
