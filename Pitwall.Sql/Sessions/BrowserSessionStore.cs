using Dapper;
using Npgsql;
using Pitwall.Sql.Profiles;

namespace Pitwall.Sql.Sessions;

/// <summary>The browser sessions: which racer each browser (cookie) has open.</summary>
public sealed class BrowserSessionStore(NpgsqlDataSource db)
{
    /// <returns>The sidebar's racers with the new one active; empty when the racer does not exist.</returns>
    public async Task<IReadOnlyList<Racer>> SwitchAsync(Guid session, int racer, CancellationToken ct = default)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<Racer>(new CommandDefinition(
            SqlFiles.Get("Sessions_Switch"), new { session, racer }, cancellationToken: ct))).AsList();
    }
}
