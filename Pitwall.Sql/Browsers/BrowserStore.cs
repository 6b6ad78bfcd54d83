using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.Profiles;

namespace Pitwall.Sql.Browsers;

/// <summary>
/// The browsers (table browser_sessions): which racer each browser (cookie) has open. Rows are keyed by the
/// SHA-256 hash of the cookie's id (V7); the id itself is never stored.
/// </summary>
public sealed class BrowserStore(Db db)
{
    /// <param name="browser">Hash of the id the browser sent, or null.</param>
    /// <param name="fresh">Hash of an id just minted, used when <paramref name="browser"/> has no row.</param>
    /// <returns>The sidebar's racers with the new one active (empty when the racer does not exist), and whether the fresh id was used.</returns>
    public Task<SwitchOutcome> SwitchAsync(byte[]? browser, byte[] fresh, int racer, CancellationToken ct = default) =>
        db.WriteAsync(async c =>
        {
            var rows = (await c.QueryAsync<SidebarRacer, bool, (SidebarRacer Racer, bool Minted)>(new CommandDefinition(
                SqlFiles.Get("Browsers_Switch"), new { browser, fresh, racer }, cancellationToken: ct),
                (r, minted) => (r, minted), splitOn: "minted")).AsList();
            return new SwitchOutcome(SidebarRacer.InOrder(rows.Select(r => r.Racer)), rows.Count > 0 && rows[0].Minted);
        }, ct);

    /// <summary>Marks the browser seen now when it was last seen over an hour ago.</summary>
    /// <returns>Whether it did (the browser has a row, and the hour had passed).</returns>
    public async Task<bool> SeenAsync(byte[] browser, CancellationToken ct = default) =>
        await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(
            SqlFiles.Get("Browsers_Seen"), new { browser }, cancellationToken: ct)), ct) is not null;

    /// <summary>Deletes at most <paramref name="batch"/> browsers unseen since <paramref name="cutoff"/>.</summary>
    public Task<int> PurgeAsync(DateTimeOffset cutoff, int batch, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteAsync(new CommandDefinition(
            SqlFiles.Get("Browsers_Purge"), new { cutoff, batch }, cancellationToken: ct)), ct);
}
