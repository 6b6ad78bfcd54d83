using Npgsql;

namespace Pitwall.Sql.Database;

/// <summary>
/// The app's way to the database. After PostgreSQL restarts, Npgsql's pool still holds
/// connections to the old server; a read that fails on one clears the pool and runs once
/// more on a fresh connection. Writes never run twice: their failure goes to the caller.
/// </summary>
public sealed class Db(NpgsqlDataSource source)
{
    public NpgsqlDataSource Source => source;

    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken ct)
    {
        try
        {
            await using var connection = await source.OpenConnectionAsync(ct);
            return await read(connection);
        }
        catch (Exception e) when (IsConnectionLost(e) && !ct.IsCancellationRequested)
        {
            source.Clear();
            await using var connection = await source.OpenConnectionAsync(ct);
            return await read(connection);
        }
    }

    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, Task<T>> write, CancellationToken ct)
    {
        try
        {
            await using var connection = await source.OpenConnectionAsync(ct);
            return await write(connection);
        }
        catch (Exception e) when (IsConnectionLost(e))
        {
            // The next request must not meet the same dead connection.
            source.Clear();
            throw;
        }
    }

    /// <summary>The server went away or cannot be reached (as opposed to an error in a statement).</summary>
    public static bool IsConnectionLost(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.ConnectionFailure or PostgresErrorCodes.ConnectionException,
        NpgsqlException npg => npg.IsTransient || npg.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException,
        TimeoutException => true,
        _ => false,
    };
}
