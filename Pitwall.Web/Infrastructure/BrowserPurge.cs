using Pitwall.Sql.Browsers;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Deletes browsers (browser_sessions rows) unseen for PITWALL_SESSION_RETENTION_DAYS, every
/// PITWALL_SESSION_PURGE_SECONDS, in batches of <see cref="Batch"/> rows: short transactions
/// that never hold many row locks, however large the backlog. Every instance runs it; a row
/// deleted twice is simply not found the second time.
/// </summary>
public sealed class BrowserPurge(BrowserStore store, Limits limits, ILogger<BrowserPurge> logger) : BackgroundService
{
    public const int Batch = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(limits.PurgeInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var cutoff = DateTimeOffset.UtcNow - limits.SessionRetention;
                int deleted, total = 0;
                do
                {
                    deleted = await store.PurgeAsync(cutoff, Batch, stoppingToken);
                    total += deleted;
                } while (deleted == Batch);
                if (total > 0)
                    logger.LogInformation("Purged {Count} browsers unseen for {Days:0.##} days", total, limits.SessionRetention.TotalDays);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested && e is Npgsql.NpgsqlException or TimeoutException)
            {
                // The database is away (the watchdog says so); the next tick tries again.
                logger.LogWarning("Browser session purge skipped: {Cause}", e.GetBaseException().Message);
            }
        }
    }
}
