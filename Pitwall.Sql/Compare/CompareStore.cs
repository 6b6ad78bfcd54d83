using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Pitwall.Sql.Database;
using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;

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

    /// <summary>Typed rows, a result each (Compare_Offers.sql), grouped here into the car's sessions.</summary>
    public async Task<CompareOffers?> OffersAsync(byte[]? browser, int session, CancellationToken ct = default)
    {
        var rows = (await db.ReadAsync(c => c.QueryAsync<OfferRow>(new CommandDefinition(
            SqlFiles.Get("Compare_Offers"), new { browser, id = session }, cancellationToken: ct)), ct)).AsList();
        if (rows.Count == 0) return null;
        var sessions = rows.GroupBy(r => r.Id).Select(g =>
        {
            var s = g.First();
            var results = g.Where(r => r.ResultId is not null).Select(r => new RunResult(
                r.ResultId!.Value, null, null, null, r.LapTimes is null ? null : JsonNode.Parse(r.LapTimes), null, null, null, null, null,
                Timing: r.Timing is null ? null : JsonSerializer.Deserialize<TimingHeat>(r.Timing, Json))).ToList();
            return new OfferedSession(s.Id, s.Name, s.Date, s.Type, s.Status, results);
        }).ToList();
        return new CompareOffers(session, rows[0].CarId, sessions);
    }

    sealed record OfferRow(int CarId, int Id, string? Name, DateOnly? Date, string? Type, string? Status, int? ResultId, string? LapTimes, string? Timing);
}
