using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pitwall.Sql.Local;

namespace Pitwall.E2E.Harness;

/// <summary>One throwaway PostgreSQL server for the e2e run; a database per test.</summary>
public static class Database
{
    static readonly Lazy<Task<LocalPostgres>> Server = new(StartAsync);

    public static async Task<string> CreateAsync()
    {
        var server = await Server.Value;
        var name = "e2e_" + Guid.NewGuid().ToString("N")[..12];
        await server.CreateDatabaseAsync(name);
        return server.ConnectionString(name);
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static async Task<LocalPostgres> StartAsync()
    {
        var server = new LocalPostgres(Path.Combine(Path.GetTempPath(), $"pitwall-e2e-{Guid.NewGuid():N}"), FreePort(), NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.StopAsync("immediate").GetAwaiter().GetResult();
            try { Directory.Delete(server.DataDir, recursive: true); }
            catch (IOException) { /* a leftover folder in /tmp must not fail the run */ }
        };
        await server.StartAsync(["fsync=off", "synchronous_commit=off", "full_page_writes=off"]);
        return server;
    }
}
