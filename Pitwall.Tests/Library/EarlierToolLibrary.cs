using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;
using Pitwall.Sql.Database;

namespace Pitwall.Tests.Library;

/// <summary>
/// The earlier tool's own library statements, as its v1.8 runs them (LEGACY.md), and the sheet it
/// writes: every one of the 29 nested paths, a blank cell as JSON null. The paths are written out
/// here from LEGACY.md's table, not taken from Pitwall's map, so that a wrong map shows in a test.
/// </summary>
public static class EarlierToolLibrary
{
    /// <summary>How the tool lists (and opens) entries: these columns, newest date_created first.</summary>
    public const string List = """
        SELECT id, track_name, brand, vehicle_model, surface_condition, date_created, source, driver_name, event_name, setup
        FROM master_library ORDER BY date_created DESC
        """;

    const string BlankSheet = """
        {"diffs": {"front": null, "center": null, "rear": null},
         "front": {"shock_oil": null, "spring": null, "sway_bar": null, "pistons": null, "toe": null, "ride_height": null,
                   "camber": null, "droop": null, "shock_travel": null},
         "rear": {"shock_oil": null, "spring": null, "sway_bar": null, "pistons": null, "toe": null, "ride_height": null,
                  "camber": null, "droop": null, "shock_travel": null},
         "tires": {"tread": null, "compound": null},
         "power": {"engine": null, "pipe": null, "clutch": null, "bell": null, "spur": null, "venturi": null}}
        """;

    /// <summary>The tool's converted sheet with these cells set ("front.shock_oil", 500), every other cell null.</summary>
    public static JsonObject Sheet(params (string Path, JsonNode? Value)[] cells)
    {
        var sheet = JsonNode.Parse(BlankSheet)!.AsObject();
        foreach (var (path, value) in cells)
        {
            var (group, name) = (path.Split('.')[0], path.Split('.')[1]);
            ((JsonObject)(sheet[group] ??= new JsonObject()))[name] = value;
        }
        return sheet;
    }

    /// <summary>The tool's library insert with its own parameters, as its psycopg2 call sends them; the new entry's id.</summary>
    public static async Task<int> InsertAsync(string db, string track, string brand, string model, string? condition, JsonObject setup,
        string source, string? driver, string? eventName, int submittedBy)
    {
        await using var connection = OneShotConnection.Create(db);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO master_library (track_name, brand, vehicle_model, surface_condition, setup, source, driver_name, event_name, submitted_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, connection))
        {
            insert.Parameters.Add(new() { Value = track });
            insert.Parameters.Add(new() { Value = brand });
            insert.Parameters.Add(new() { Value = model });
            insert.Parameters.Add(new() { Value = (object?)condition ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            insert.Parameters.Add(new() { Value = setup.ToJsonString(), NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new() { Value = source });
            insert.Parameters.Add(new() { Value = (object?)driver ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            insert.Parameters.Add(new() { Value = (object?)eventName ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            insert.Parameters.Add(new() { Value = submittedBy });
            await insert.ExecuteNonQueryAsync();
        }
        // The tool's statement returns nothing: the row it made is the sequence's last value on this connection.
        await using var id = new NpgsqlCommand("SELECT lastval()", connection);
        return (int)(long)(await id.ExecuteScalarAsync())!;
    }
}
