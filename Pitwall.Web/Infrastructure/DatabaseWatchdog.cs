using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Pings the database every two seconds. When PostgreSQL goes away it empties Npgsql's pool,
/// so that once it is back no request meets a connection to the old server; it logs the
/// outage once and the recovery once.
/// </summary>
public sealed class DatabaseWatchdog(Db db, ILogger<DatabaseWatchdog> logger) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTime? downSince = null;
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var connection = await db.Source.OpenConnectionAsync(stoppingToken);
                await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: stoppingToken));
                if (downSince is { } since)
                {
                    logger.LogInformation("Database reachable again after {Seconds:0.0} s", (DateTime.UtcNow - since).TotalSeconds);
                    downSince = null;
                }
            }
            catch (Exception e) when (Db.IsConnectionLost(e) && !stoppingToken.IsCancellationRequested)
            {
                db.Source.Clear();
                if (downSince is null)
                {
                    downSince = DateTime.UtcNow;
                    logger.LogWarning("Database unreachable: {Cause}; requests answer 503 until it is back", e.GetBaseException().Message);
                }
            }
        }
    }
}
