using Npgsql;

namespace Pitwall.Sql.Configuration;

/// <summary>
/// Turns DATABASE_URL into an Npgsql connection string. Hosts such as Railway and Heroku
/// give a <c>postgresql://user:pass@host:port/db?sslmode=…</c> URL, which Npgsql does not
/// parse; a plain Npgsql connection string is accepted as it is. Error messages name the
/// problem but never echo the value, which holds the password.
/// </summary>
public static class DatabaseUrl
{
    static readonly Dictionary<string, string> SslModes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["disable"] = "Disable", ["allow"] = "Allow", ["prefer"] = "Prefer",
        ["require"] = "Require", ["verify-ca"] = "VerifyCA", ["verify-full"] = "VerifyFull",
    };

    public static string ToConnectionString(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new FormatException("DATABASE_URL is empty.");
        value = value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return FromUrl(value);
        if (value.Contains("://", StringComparison.Ordinal))
            throw new FormatException("DATABASE_URL has an unsupported scheme: use postgresql://user:password@host:port/database.");
        return FromConnectionString(value);
    }

    /// <summary>Host, port, database and user of a connection string, password masked: safe for logs.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(b.Password) ? "" : " password=***";
        return $"host={b.Host} port={b.Port} database={b.Database} user={b.Username}{password}";
    }

    static string FromUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new FormatException("DATABASE_URL is not a valid URL: expected postgresql://user:password@host:port/database.");

        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host.Trim('[', ']') };
        if (!uri.IsDefaultPort) b.Port = uri.Port;

        var userInfo = uri.UserInfo;
        if (userInfo.Length > 0)
        {
            var colon = userInfo.IndexOf(':');
            b.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0)
            throw new FormatException("DATABASE_URL names no database: add /<database> after the host.");
        if (database.Contains('/'))
            throw new FormatException("DATABASE_URL has a path with more than one segment: expected /<database>.");
        b.Database = database;

        foreach (var (key, val) in ParseQuery(uri.Query))
        {
            switch (key.ToLowerInvariant())
            {
                case "sslmode":
                    if (!SslModes.TryGetValue(val, out var mode))
                        throw new FormatException($"DATABASE_URL has an unknown sslmode '{val}': use one of {string.Join(", ", SslModes.Keys)}.");
                    b["SSL Mode"] = mode;
                    break;
                case "connect_timeout":
                    b.Timeout = ParseSeconds(key, val);
                    break;
                case "application_name":
                    b.ApplicationName = val;
                    break;
                default:
                    throw new FormatException($"DATABASE_URL has an unsupported parameter '{key}': Pitwall understands sslmode, connect_timeout and application_name.");
            }
        }
        return b.ConnectionString;
    }

    static string FromConnectionString(string value)
    {
        NpgsqlConnectionStringBuilder b;
        try
        {
            b = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            // Npgsql's message names the offending keyword only, never the value.
            throw new FormatException($"DATABASE_URL is neither a postgresql:// URL nor a valid connection string ({e.Message}).", e);
        }
        if (string.IsNullOrEmpty(b.Host))
            throw new FormatException("DATABASE_URL is neither a postgresql:// URL nor a connection string with a Host.");
        return b.ConnectionString;
    }

    static IEnumerable<(string Key, string Value)> ParseQuery(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var val = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            yield return (key, val);
        }
    }

    static int ParseSeconds(string key, string val) =>
        int.TryParse(val, out var s) && s >= 0
            ? s
            : throw new FormatException($"DATABASE_URL parameter '{key}' must be a whole number of seconds.");
}
