using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pitwall.Sql.Database;
using Pitwall.Sql.Local;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server for the test run, started from the machine's binaries on
/// a free loopback port and deleted when the run ends. Each test takes a database of its
/// own, so test classes run in parallel without sharing state.
/// </summary>
public static class TestPostgres
{
    static readonly Lazy<Task<LocalPostgres>> Shared = new(() => StartAsync("shared"));

    public static readonly string[] FastSettings =
        ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300",
         // StatementsPerReadTests counts what each read sends, as make bench does.
         "shared_preload_libraries=pg_stat_statements"];

    /// <summary>A new database on the shared server: empty, or a copy of the template database named.</summary>
    public static async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var server = await Shared.Value;
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await server.CreateDatabaseAsync(name, template);
        // Hundreds of test databases share one server: a pool a test leaves behind (a store's
        // data source, an app that is never stopped) gives its idle connections back within
        // seconds instead of holding server slots for Npgsql's default five minutes.
        return new NpgsqlConnectionStringBuilder(server.ConnectionString(name))
        {
            ConnectionIdleLifetime = 2, ConnectionPruningInterval = 1,
        }.ConnectionString;
    }

    /// <summary>A server of the test's own, for tests that stop and restart PostgreSQL.</summary>
    public static async Task<LocalPostgres> StartAsync(string label)
    {
        var dir = Path.Combine(ServersFolder, $"pitwall-test-{label}-{Guid.NewGuid():N}");
        var server = new LocalPostgres(dir, FreePort(), NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Cleanup(server);
        await server.StartAsync(FastSettings);
        return server;
    }

    /// <summary>
    /// Where the servers' data folders go: make test names a folder of its own and stops every
    /// server in it when the run ends, since the test host can be ended before its exit handlers
    /// have stopped them; elsewhere the temp folder, and <see cref="Cleanup"/> at exit.
    /// </summary>
    static string ServersFolder =>
        Environment.GetEnvironmentVariable("PITWALL_TEST_SERVERS") is { Length: > 0 } folder ? folder : Path.GetTempPath();

    public static void Cleanup(LocalPostgres server)
    {
        try
        {
            server.StopAsync("immediate").GetAwaiter().GetResult();
            Directory.Delete(server.DataDir, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or LocalPostgresException)
        {
            // Best effort at process exit: a leftover folder in /tmp must not fail the run.
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        // Unpooled, so that a test's own checks never meet a connection to a server it restarted.
        await using var connection = OneShotConnection.Create(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = OneShotConnection.Create(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
