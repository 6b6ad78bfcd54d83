using System.Collections.Concurrent;

namespace Pitwall.Sql;

/// <summary>
/// The SQL behind every store method, kept in <c>{Entity}_{Action}.sql</c> files beside the
/// store and embedded in this assembly; read once. The benchmark feeds the same files to pgbench.
/// </summary>
public static class SqlFiles
{
    const string Prefix = "Pitwall.Queries.";
    static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(SqlFiles).Assembly.GetManifestResourceStream(Prefix + n + ".sql")
            ?? throw new InvalidOperationException($"No SQL file named {n}.sql");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEnumerable<string> Names =>
        typeof(SqlFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".sql".Length]);
}
