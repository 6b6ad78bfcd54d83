using System.Text.Json;
using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Compare;

/// <summary>Reads for comparing setups of the active racer: one statement each.</summary>
public sealed class CompareStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>Null when there is no racer; a side that is not the active racer's is null.</returns>
    public async Task<CompareSetups?> SetupsAsync(byte[]? browser, SetupRef? a, SetupRef? b, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SqlFiles.Get("Compare_Setups"), new
        {
            browser, akind = a?.Kind, aid = a?.Id, bkind = b?.Kind, bid = b?.Id,
        }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<CompareSetups>(json, Json);
    }

    /// <summary>"Compare with my car": whether the library entry exists, and the racer's car of its brand and model (null for none).</summary>
    public async Task<(bool Exists, int? Car)> MyCarAsync(byte[]? browser, int entry, CancellationToken ct = default) =>
        await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<MyCar>(new CommandDefinition(
            SqlFiles.Get("Compare_MyCar"), new { browser, id = entry }, cancellationToken: ct)), ct) is { } row ? (true, row.Car) : (false, null);

    sealed record MyCar(int Entry, int? Car);

    public async Task<CompareOffers?> OffersAsync(byte[]? browser, int session, CancellationToken ct = default)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get("Compare_Offers"), new { browser, id = session }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<CompareOffers>(json, Json);
    }
}
