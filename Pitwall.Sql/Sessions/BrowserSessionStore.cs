using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.Profiles;

namespace Pitwall.Sql.Sessions;

/// <summary>The browser sessions: which racer each browser (cookie) has open.</summary>
public sealed class BrowserSessionStore(Db db)
{
    /// <returns>The sidebar's racers with the new one active; empty when the racer does not exist.</returns>
    public Task<IReadOnlyList<Racer>> SwitchAsync(Guid session, int racer, CancellationToken ct = default) =>
        db.WriteAsync<IReadOnlyList<Racer>>(async c => (await c.QueryAsync<Racer>(new CommandDefinition(
            SqlFiles.Get("Sessions_Switch"), new { session, racer }, cancellationToken: ct))).AsList(), ct);
}
