using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pitwall.Sql.Database;

/// <summary>
/// Startup waits for the database (a hosted PostgreSQL may start after the app): retries with
/// backoff, logging each attempt, for a configurable time; errors that waiting cannot fix end it at once.
/// </summary>
public static class DatabaseWait
{
    public static async Task UntilReachableAsync(string connectionString, TimeSpan budget, ILogger logger, CancellationToken ct = default)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
        var where = $"{b.Host}:{b.Port}";
        var clock = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(500);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(b.ConnectionString);
                await connection.OpenAsync(ct);
                if (attempt > 1) logger.LogInformation("Database {Where} reachable after {Attempts} attempts", where, attempt);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                var cause = e.GetBaseException().Message;
                if (!Db.IsConnectionLost(e))
                    throw new DatabaseUnavailableException($"Database {where} refused the connection: {cause}", e);
                var left = budget - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                    throw new DatabaseUnavailableException(
                        $"Database {where} unreachable after {attempt} attempts in {clock.Elapsed.TotalSeconds:0} s: {cause}", e);
                var wait = delay < left ? delay : left;
                logger.LogWarning("Database {Where} not reachable (attempt {Attempt}): {Cause}; retrying in {Delay:0.0} s",
                    where, attempt, cause, wait.TotalSeconds);
                await Task.Delay(wait, ct);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 5));
            }
        }
    }
}
