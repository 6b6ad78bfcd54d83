using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Print;

/// <summary>The printed sheets of the active racer's sessions and cars: one statement each (a session's, a document with its results).</summary>
public sealed class PrintStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<PrintSheet?> SessionAsync(byte[]? browser, int id, CancellationToken ct = default) => ReadAsync("Print_Session", browser, id, ct);

    /// <summary>A car's baseline sheet: one typed row (Print_Car.sql).</summary>
    public async Task<PrintSheet?> CarAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<CarRow>(new CommandDefinition(
            SqlFiles.Get("Print_Car"), new { browser, id }, cancellationToken: ct)), ct) is { } row
            ? new PrintSheet(row.RacerName, row.Brand, row.Model, row.Nickname, row.Transponder, JsonNode.Parse(row.Baseline) as JsonObject ?? [])
            : null;

    sealed record CarRow(string RacerName, string Brand, string Model, string? Nickname, string? Transponder, string Baseline);

    async Task<PrintSheet?> ReadAsync(string sql, byte[]? browser, int id, CancellationToken ct)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get(sql), new { browser, id }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<PrintSheet>(json, Json);
    }
}
