using System.Text.Json;
using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Print;

/// <summary>The printed sheets of the active racer's sessions and cars: one statement each.</summary>
public sealed class PrintStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<PrintSheet?> SessionAsync(byte[]? browser, int id, CancellationToken ct = default) => ReadAsync("Print_Session", browser, id, ct);

    public Task<PrintSheet?> CarAsync(byte[]? browser, int id, CancellationToken ct = default) => ReadAsync("Print_Car", browser, id, ct);

    async Task<PrintSheet?> ReadAsync(string sql, byte[]? browser, int id, CancellationToken ct)
    {
        var json = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            SqlFiles.Get(sql), new { browser, id }, cancellationToken: ct)), ct);
        return json is null ? null : JsonSerializer.Deserialize<PrintSheet>(json, Json);
    }
}
