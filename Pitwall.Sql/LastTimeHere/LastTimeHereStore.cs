using System.Text.Json;
using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.LastTimeHere;

/// <summary>
/// "Last time here": the best earlier session of a car at a track, and a draft started from its
/// setup. Every statement is scoped to the browser's racer.
/// </summary>
public sealed class LastTimeHereStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>Null when the car is not the active racer's.</returns>
    public Task<LastTimeHereContent?> ForTrackAsync(byte[]? browser, int car, string track, CancellationToken ct = default) =>
        FindAsync(new { browser, car, track, session = (int?)null }, ct);

    /// <summary>For a session's view: its car at its track, the session itself left out.</summary>
    /// <returns>Null when the session is not the active racer's.</returns>
    public Task<LastTimeHereContent?> ForSessionAsync(byte[]? browser, int session, CancellationToken ct = default) =>
        FindAsync(new { browser, car = (int?)null, track = (string?)null, session }, ct);

    async Task<LastTimeHereContent?> FindAsync(object args, CancellationToken ct)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("LastTimeHere_Find"), args, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<LastTimeHereContent>(json, Json);
    }

    /// <summary>A draft of <paramref name="car"/> whose setup is session <paramref name="source"/>'s, in one transaction.</summary>
    /// <returns>The new draft's id; null when the source is not a session of that car of the active racer's.</returns>
    public Task<int?> StartDraftAsync(byte[]? browser, int car, int source, SessionDetails d, CancellationToken ct = default) =>
        db.WriteAsync(async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var stored = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                SqlFiles.Get("LastTimeHere_SourceSetup"), new { browser, car, source }, tx, cancellationToken: ct));
            if (stored is null) return null;
            var id = await c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("LastTimeHere_StartDraft"), new
            {
                browser, car, setup = SetupValues.Parse(stored).ToJson(SetupShape.Flat),
                name = d.Name, type = d.Type, date = d.Date.ToDateTime(TimeOnly.MinValue), trackname = d.TrackName, tracksize = d.TrackSize,
                traction = d.Traction, surfacetype = d.SurfaceType, surfacecondition = d.SurfaceCondition,
            }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            return id;
        }, ct);
}
