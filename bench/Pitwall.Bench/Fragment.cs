using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Pitwall.Sql;

namespace Pitwall.Bench;

/// <summary>
/// One endpoint under load, and the SQL files behind it with the request's values: pgbench runs
/// them with the values written in, the floor (<see cref="Floor"/>) with them as parameters.
/// </summary>
public sealed partial record Fragment(string Name, string Method, string Path, bool Htmx, string[] SqlFiles, IReadOnlyDictionary<string, object?>? Values = null)
{
    /// <summary>The browsers that request it (each by its cookie's id), all of one racer.</summary>
    public required IReadOnlyList<Guid> Browsers { get; init; }

    /// <summary>Connection counts to measure at (the scale fragments: 8 alone, where their target is).</summary>
    public int[] Levels { get; init; } = [1, 8, 32];

    /// <summary>Also sample where the app's time goes while this fragment is under load.</summary>
    public bool Profile { get; init; }

    public string Slug => Regex.Replace(Name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    /// <summary>wrk's script: the request as htmx sends it, each from one of several browsers.</summary>
    public string Lua(string antiforgery, string token)
    {
        var cookies = string.Join(", ", Browsers.Select(s => $"\"{antiforgery}; pitwall_session={s:N}\""));
        return $$"""
            local cookies = { {{cookies}} }
            wrk.method = "{{Method}}"
            {{(Htmx ? "wrk.headers[\"HX-Request\"] = \"true\"" : "")}}
            {{(Method == "POST" ? $"wrk.headers[\"RequestVerificationToken\"] = \"{token}\"\nwrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\nwrk.body = \"racerId=1\"" : "")}}
            local n = 0
            request = function()
              n = n + 1
              wrk.headers["Cookie"] = cookies[(n % #cookies) + 1]
              return wrk.format(nil)
            end
            """;
    }

    /// <summary>pgbench scripts: this fragment's SQL files with the request's values in place of @parameters, one script per browser.</summary>
    public IReadOnlyList<string> PgBenchScripts(string dir) =>
        Browsers.Select((browser, i) =>
        {
            var values = Arguments(browser).ToDictionary(a => a.Key, a => Literal(a.Value));
            // pgbench reads ":MI" in a to_char pattern as its variable; "HH24":"MI" prints the same.
            // An @name with no value is a comment's; a statement's own would fail loudly in pgbench.
            var sql = string.Join("\n", SqlFiles.Select(f => TimeColon().Replace(
                Parameter().Replace(Sql(f), m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value), "\":\"")));
            var path = System.IO.Path.Combine(dir, $"{Slug}-{i}.sql");
            File.WriteAllText(path, sql);
            return path;
        }).ToList();

    /// <summary>A SQL file as the app sends it for this fragment: its optional lines kept for the values given (SqlFiles.Get).</summary>
    public string Sql(string file) =>
        Pitwall.Sql.SqlFiles.Get(file, (Values ?? new Dictionary<string, object?>()).Where(v => v.Value is not null).Select(v => v.Key).ToList());

    /// <summary>
    /// Every parameter of the fragment's SQL for one browser: the database knows a browser by the
    /// SHA-256 of its cookie's id (V7); the switch never mints here (the row exists).
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments(Guid browser)
    {
        var key = SHA256.HashData(browser.ToByteArray(bigEndian: true));
        var values = new Dictionary<string, object?> { ["browser"] = key, ["fresh"] = key, ["racer"] = 1, ["open"] = null };
        foreach (var (name, value) in Values ?? new Dictionary<string, object?>()) values[name] = value;
        return values;
    }

    static string Literal(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => $"'\\x{Convert.ToHexString(bytes)}'::bytea",
        string text => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no SQL literal for {value.GetType()}"),
    };

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"(?<=HH24|:MI):(?=MI|SS)")]
    private static partial Regex TimeColon();
}
