using Npgsql;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// A database made the way the earlier tool's users made it (LEGACY.md): its schema file run
/// with psql (<c>Legacy/earlier_tool_schema.sql</c>, whose catalog equals
/// <c>../shared/legacy/schema-v2-*.tsv</c>), once per schema-file run, each run adding a
/// 'Default Racer'; its manual "ORP fields" migration where asked; its start-up Phase 4.4
/// migration; then rows in the shapes it writes (<c>Legacy/earlier_tool_rows.sql</c>).
/// </summary>
public static class EarlierToolDatabase
{
    public static readonly string[] Tables =
    [
        "teams", "racer_profiles", "vehicles", "sessions", "setup_changes", "master_library", "race_results",
        "media", "pit_wall_messages", "theory_documents", "activity_log",
    ];

    public static async Task CreateAsync(string db, Phase44State state = Phase44State.DeclaredBySchemaFile, bool orpFields = false,
        int schemaFileRuns = 2)
    {
        var schema = Read("earlier_tool_schema.sql");
        if (state != Phase44State.DeclaredBySchemaFile)
            schema = string.Join('\n', schema.Split('\n').Where(l => !l.Contains("-- IS_DEFAULT_", StringComparison.Ordinal)));
        for (var i = 0; i < schemaFileRuns; i++)
            await TestPostgres.ExecuteAsync(db, schema);
        if (orpFields) await TestPostgres.ExecuteAsync(db, Read("earlier_tool_orp_fields.sql"));

        if (state == Phase44State.HalfApplied)
        {
            // The tool's start-up migration: the column is committed, then setting the default fails.
            await TestPostgres.ExecuteAsync(db, "ALTER TABLE racer_profiles ADD COLUMN is_default BOOLEAN DEFAULT FALSE");
            try
            {
                await TestPostgres.ExecuteAsync(db,
                    "UPDATE racer_profiles SET is_default = TRUE WHERE id = (SELECT min(id) FROM racer_profiles WHERE name = 'Default Racer')");
                throw new InvalidOperationException("The earlier tool's trigger should have failed its Phase 4.4 UPDATE");
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedColumn)
            {
                // 42703: record "new" has no field "last_updated", as on the real databases.
            }
        }
        await TestPostgres.ExecuteAsync(db, Read("earlier_tool_rows.sql"));
        if (orpFields) await TestPostgres.ExecuteAsync(db, Read("earlier_tool_orp_rows.sql"));
    }

    /// <summary>
    /// As the Phase 4.4 guide's start-up migration would have left it had the trigger let it
    /// finish, then edited by hand (LEGACY.md: zero or several defaults): the flag, the guide's
    /// plain partial index idx_racer_profiles_is_default, and these racers marked default.
    /// The trigger is stepped around the way a hand edit in psql would have to.
    /// </summary>
    public static Task FinishPhase44ByHandAsync(string db, params string[] defaults) => TestPostgres.ExecuteAsync(db, $"""
        ALTER TABLE racer_profiles ADD COLUMN is_default BOOLEAN DEFAULT FALSE;
        CREATE INDEX idx_racer_profiles_is_default ON racer_profiles (is_default) WHERE is_default = TRUE;
        ALTER TABLE racer_profiles DISABLE TRIGGER racer_profiles_updated_at;
        UPDATE racer_profiles SET is_default = TRUE WHERE name = ANY (ARRAY[{string.Join(", ", defaults.Select(d => $"'{d}'").DefaultIfEmpty("''"))}]::text[]);
        ALTER TABLE racer_profiles ENABLE TRIGGER racer_profiles_updated_at;
        """);

    /// <summary>The ORP-fields columns (LEGACY.md), present only where its users applied that migration.</summary>
    public static readonly string[] OrpColumns =
        ["racer_profiles.experience_level", "racer_profiles.driving_style", "sessions.practice_rounds", "sessions.qualifying_rounds"];

    /// <summary>The columns Pitwall's V10 adds to the earlier tool's setup_changes (empty on every adopted row).</summary>
    public static readonly string[] ColumnsV10Adds =
        ["setup_changes.vehicle_id", "setup_changes.outcome", "setup_changes.compared_with", "setup_changes.previous_session_id"];

    /// <summary>The column Pitwall's V12 adds to the earlier tool's master_library (empty on every adopted row).</summary>
    public const string ColumnV12Adds = "master_library.notes";

    /// <summary>Every column Pitwall's migrations add to the earlier tool's tables and keep.</summary>
    public static readonly string[] ColumnsPitwallAdds = [.. ColumnsV10Adds, ColumnV12Adds];

    /// <summary>
    /// Every row of every table of the earlier tool as JSON, one line each in table and id
    /// order, without the given columns ("column" in every table, "table.column" in one), so
    /// that a test can say exactly what changed.
    /// </summary>
    public static Task<string> SnapshotAsync(string db, params string[] withoutColumns) =>
        TestPostgres.ScalarAsync<string>(db, string.Join("\nUNION ALL\n", Tables.Select(t =>
            $"(SELECT string_agg('{t} ' || (to_jsonb(x) - ARRAY[{Quoted(t, withoutColumns)}]::text[])::text, E'\\n' ORDER BY x.id) AS rows FROM {t} x)"))
            .Insert(0, "SELECT string_agg(rows, E'\\n') FROM (") + ") all_rows");

    static string Quoted(string table, string[] columns) => string.Join(", ", columns
        .Where(c => !c.Contains('.') || c.StartsWith(table + ".", StringComparison.Ordinal))
        .Select(c => $"'{c[(c.IndexOf('.') + 1)..]}'").DefaultIfEmpty("''"));

    static string Read(string file)
    {
        using var stream = typeof(EarlierToolDatabase).Assembly.GetManifestResourceStream("PitwallTests.Legacy." + file)
            ?? throw new InvalidOperationException($"Missing test resource {file}");
        return new StreamReader(stream).ReadToEnd();
    }
}
