using Npgsql;

namespace Pitwall.Tests.Infrastructure;

/// <summary>How the earlier tool's Phase 4.4 flag came to be in a database built from its schema file.</summary>
public enum Phase44State
{
    /// <summary>The schema file declared is_default (nullable, default false) with idx_profiles_is_default; no racer is the default.</summary>
    DeclaredBySchemaFile,

    /// <summary>An older schema file without the flag; the tool's start-up migration added the column, then its UPDATE failed on the trigger.</summary>
    HalfApplied,
}

/// <summary>
/// A database made the way the earlier tool's users made it (LEGACY.md, "What the real
/// databases hold"): its schema file run with psql (<c>Legacy/earlier_tool_schema.sql</c>, once
/// per <paramref name="schemaFileRuns"/>, each run adding a 'Default Racer'), its start-up Phase
/// 4.4 migration, then rows in the shapes it writes (<c>Legacy/earlier_tool_rows.sql</c>).
/// </summary>
public static class EarlierToolDatabase
{
    public static readonly string[] Tables =
    [
        "teams", "racer_profiles", "vehicles", "sessions", "setup_changes", "master_library", "race_results",
        "media", "pit_wall_messages", "theory_documents", "activity_log",
    ];

    public static async Task CreateAsync(string db, Phase44State state = Phase44State.DeclaredBySchemaFile, int schemaFileRuns = 2)
    {
        var schema = Read("earlier_tool_schema.sql");
        if (state == Phase44State.HalfApplied)
            schema = string.Join('\n', schema.Split('\n').Where(l => !l.Contains("-- IS_DEFAULT_", StringComparison.Ordinal)));
        for (var i = 0; i < schemaFileRuns; i++)
            await TestPostgres.ExecuteAsync(db, schema);

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
    }

    /// <summary>The column Pitwall's V9 adds to the earlier tool's race_results (empty on every adopted row).</summary>
    public const string ColumnV9Adds = "race_results.racing_class";

    /// <summary>The columns Pitwall's V10 adds to the earlier tool's setup_changes (empty on every adopted row).</summary>
    public static readonly string[] ColumnsV10Adds = ["setup_changes.outcome", "setup_changes.compared_with", "setup_changes.previous_session_id"];

    /// <summary>The column Pitwall's V12 adds to the earlier tool's master_library (empty on every adopted row).</summary>
    public const string ColumnV12Adds = "master_library.notes";

    /// <summary>Every column Pitwall's migrations add to the earlier tool's tables.</summary>
    public static readonly string[] ColumnsPitwallAdds = [ColumnV9Adds, .. ColumnsV10Adds, ColumnV12Adds];

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
