using System.Text.RegularExpressions;
using Pitwall.Sql;

namespace Pitwall.Bench;

/// <summary>One endpoint under load, and the SQL files behind it (fed to pgbench as they are, values filled in).</summary>
public sealed partial record Fragment(string Name, string Method, string Path, bool Htmx, string[] SqlFiles, IReadOnlyDictionary<string, string>? Values = null)
{
    /// <summary>Also sample where the app's time goes while this fragment is under load.</summary>
    public bool Profile { get; init; }

    public string Slug => Regex.Replace(Name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    /// <summary>wrk's script: the request as htmx sends it, each from one of several browsers.</summary>
    public string Lua(IReadOnlyList<Guid> browsers, string antiforgery, string token)
    {
        var cookies = string.Join(", ", browsers.Select(s => $"\"{antiforgery}; pitwall_session={s:N}\""));
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
    public IReadOnlyList<string> PgBenchScripts(string dir, IReadOnlyList<Guid> browsers) =>
        browsers.Select((browser, i) =>
        {
            // The database knows a browser by the SHA-256 of its cookie's id (V7); the switch never mints here (the row exists).
            var key = $"sha256(uuid_send('{browser}'::uuid))";
            var values = new Dictionary<string, string> { ["browser"] = key, ["fresh"] = key, ["racer"] = "1", ["open"] = "NULL" };
            foreach (var (name, value) in Values ?? new Dictionary<string, string>()) values[name] = value;
            var sql = string.Join("\n", SqlFiles.Select(f => Parameter().Replace(Pitwall.Sql.SqlFiles.Get(f), m => values[m.Groups[1].Value])));
            var path = System.IO.Path.Combine(dir, $"{Slug}-{i}.sql");
            File.WriteAllText(path, sql);
            return path;
        }).ToList();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();
}
