using Dapper;
using Npgsql;
using Pitwall.Sql;
using Pitwall.Sql.Database;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// The instance's one listening connection (LISTEN pitwall_board): every notification V22's
/// triggers send, from any instance or the earlier tool, goes to the hub as ids. When the
/// connection drops (PostgreSQL restarts, the network fails) it reconnects every half second,
/// and once back tells every view to re-read, since what changed meanwhile was not heard. Every
/// 30 s it also tells every view to re-read (the cards' "updated … ago" moves on; the streams
/// stay warm through proxies). On each connect it makes sure the default team exists.
/// </summary>
public sealed class PitWallListener(PitWallConnection connection, PitWallHub hub, PitWallSettings settings, ILogger<PitWallListener> logger)
    : BackgroundService
{
    public const string Channel = "pitwall_board";
    static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(500);
    static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);
    static readonly TimeSpan Ping = TimeSpan.FromSeconds(5);

    /// <summary>Before serving: the default team, so that the first board already has it (a failure only logs: the loop tries again).</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var c = new NpgsqlConnection(connection.ConnectionString);
            await c.OpenAsync(cancellationToken);
            await EnsureDefaultTeamAsync(c, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("Pit wall: could not check the default team yet: {Cause}", e.GetBaseException().Message);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTime? downSince = null;
        var listenedBefore = false;
        var nextTick = DateTime.UtcNow + Tick;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var c = new NpgsqlConnection(connection.ConnectionString);
                await c.OpenAsync(stoppingToken);
                c.Notification += (_, e) =>
                {
                    if (PitWallSignal.TryParse(e.Payload, out var team, out var racer)) hub.Publish(team, racer);
                };
                await EnsureDefaultTeamAsync(c, stoppingToken);
                await c.ExecuteAsync(new CommandDefinition($"LISTEN {Channel}", cancellationToken: stoppingToken));
                if (listenedBefore)
                {
                    logger.LogInformation("Pit wall listening again after {Seconds:0.0} s; every board re-reads", (DateTime.UtcNow - (downSince ?? DateTime.UtcNow)).TotalSeconds);
                    hub.PublishEverything();
                }
                else
                {
                    logger.LogInformation("Pit wall listening for changes (LISTEN {Channel})", Channel);
                }
                listenedBefore = true;
                downSince = null;
                while (true)
                {
                    var untilTick = nextTick - DateTime.UtcNow;
                    if (untilTick <= TimeSpan.Zero)
                    {
                        hub.PublishEverything();
                        nextTick = DateTime.UtcNow + Tick;
                        continue;
                    }
                    // Nothing heard for a while: a round trip proves the server is still there.
                    if (!await c.WaitAsync(untilTick < Ping ? untilTick : Ping, stoppingToken))
                        await c.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException or InvalidOperationException)
            {
                if (downSince is null)
                {
                    downSince = DateTime.UtcNow;
                    logger.LogWarning("Pit wall stopped listening: {Cause}; boards show what they have until it is back", e.GetBaseException().Message);
                }
                try
                {
                    await Task.Delay(Retry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    async Task EnsureDefaultTeamAsync(NpgsqlConnection c, CancellationToken ct)
    {
        try
        {
            await c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Teams_EnsureDefault"), new { name = settings.TeamName }, cancellationToken: ct));
        }
        catch (PostgresException e) when (!Db.IsConnectionLost(e))
        {
            // A database not migrated to V22 yet (the migration runs on another instance): the next connect tries again.
            logger.LogWarning("Pit wall: default team {Team} not recorded: {Cause}", settings.TeamName, e.MessageText);
        }
    }
}
