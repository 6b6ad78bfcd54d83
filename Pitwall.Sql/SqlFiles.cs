using System.Collections.Concurrent;

namespace Pitwall.Sql;

/// <summary>
/// The SQL behind every store method, kept in <c>{Entity}_{Action}.sql</c> files beside the
/// store and embedded in this assembly; read once. The benchmark feeds the same files to pgbench.
/// </summary>
public static partial class SqlFiles
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

    /// <summary>
    /// A file whose optional lines end in <c>-- given @name</c> (kept when that parameter is in
    /// <paramref name="given"/>, left out otherwise) or <c>-- without @name</c> (the reverse). Each
    /// set of given parameters is a statement text of its own, so PostgreSQL prepares each with a
    /// plan for its filters.
    /// </summary>
    public static string Get(string name, IReadOnlyCollection<string> given) =>
        Cache.GetOrAdd(name + "|" + string.Join(',', given.Order(StringComparer.Ordinal)), _ => string.Join('\n',
            Get(name).Split('\n').Where(line => GivenTag().Match(line) is not { Success: true } tag
                                              || given.Contains(tag.Groups[2].Value) == (tag.Groups[1].Value == "given"))));

    [System.Text.RegularExpressions.GeneratedRegex(@"--\s*(given|without) @(\w+)\s*$")]
    private static partial System.Text.RegularExpressions.Regex GivenTag();

    public static IEnumerable<string> Names =>
        typeof(SqlFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".sql".Length]);
}
