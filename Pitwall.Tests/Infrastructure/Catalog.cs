namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// A database's catalog written the way ../shared/legacy/schema-v2-*.tsv write the earlier
/// tool's (read from a database its schema file built): one line per column, constraint,
/// index and trigger, tab-separated, with the header of each file.
/// </summary>
public static class Catalog
{
    /// <summary>The four files' names, each with the query that writes its lines for the given tables.</summary>
    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        ["columns"] = """
            SELECT 'table' || E'\t' || 'column' || E'\t' || 'type' || E'\t' || 'null' || E'\t' || 'default' || E'\n' ||
                   string_agg(c.table_name || E'\t' || c.column_name || E'\t' ||
                       CASE WHEN c.data_type = 'ARRAY' THEN c.udt_name
                            WHEN c.character_maximum_length IS NOT NULL THEN c.data_type || '(' || c.character_maximum_length || ')'
                            WHEN c.data_type = 'numeric' AND c.numeric_precision IS NOT NULL THEN 'numeric(' || c.numeric_precision || ',' || c.numeric_scale || ')'
                            ELSE c.data_type END || E'\t' ||
                       CASE WHEN c.is_nullable = 'NO' THEN 'not null' ELSE '' END || E'\t' || coalesce(c.column_default, ''),
                       E'\n' ORDER BY c.table_name COLLATE "C", c.ordinal_position)
            FROM information_schema.columns c
            WHERE c.table_schema = current_schema() AND c.table_name = ANY (@tables)
            """,
        ["constraints"] = """
            SELECT 'table' || E'\t' || 'constraint' || E'\t' || 'definition' || E'\n' ||
                   string_agg(t.relname || E'\t' || c.conname || E'\t' || pg_get_constraintdef(c.oid), E'\n')
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY (@tables)
            """,
        ["indexes"] = """
            SELECT 'table' || E'\t' || 'index' || E'\t' || 'definition' || E'\n' ||
                   string_agg(i.tablename || E'\t' || i.indexname || E'\t' || i.indexdef, E'\n')
            FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY (@tables)
            """,
        ["triggers"] = """
            SELECT 'table' || E'\t' || 'trigger' || E'\t' || 'definition' || E'\n' ||
                   string_agg(x.line, E'\n')
            FROM (SELECT c.relname || E'\t' || t.tgname || E'\t' || pg_get_triggerdef(t.oid) AS line
                  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                  WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY (@tables)
                  UNION ALL
                  SELECT DISTINCT 'function' || E'\t' || p.proname || E'\t' || regexp_replace(p.prosrc, '\s+', ' ', 'g')
                  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
                  WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY (@tables)) x
            """,
    };

    /// <summary>One of the four files, as this database's catalog writes it for the given tables.</summary>
    public static async Task<string> ReadAsync(string db, string file, IReadOnlyList<string> tables)
    {
        await using var connection = Pitwall.Sql.Database.OneShotConnection.Create(db);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(Queries[file].Replace("@tables", "$1"), connection)
        {
            Parameters = { new() { Value = tables.ToArray() } },
        };
        return Sorted(file, (string)(await command.ExecuteScalarAsync())!);
    }

    /// <summary>The earlier tool's file, as ../shared/legacy holds it.</summary>
    public static string EarlierTools(string file)
    {
        var path = Path.Combine(RepoPaths.SharedLegacy, $"schema-v2-{file}.tsv");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: the project's ../shared folder must sit beside the working copy.");
        return Sorted(file, string.Join('\n', File.ReadAllLines(path).Where(l => l.Length > 0)));
    }

    // Columns stay in table and column order (their order is part of the schema); the other
    // files are sets, compared in one order.
    static string Sorted(string file, string text)
    {
        if (file == "columns") return text;
        var lines = text.Split('\n');
        return string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Order(StringComparer.Ordinal)));
    }
}
