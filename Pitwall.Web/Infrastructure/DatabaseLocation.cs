using Pitwall.Sql.Configuration;
using Pitwall.Sql.Database;
using Pitwall.Sql.Local;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Where the database is: DATABASE_URL when set (hosted), else the embedded cluster in the
/// working copy's git-ignored .pitwall/ folder on a fixed local port, started on demand.
/// </summary>
public static class DatabaseLocation
{
    public const int DefaultEmbeddedPort = 55432;

    /// <summary>The connection string, once the database answers (waiting up to PITWALL_DB_WAIT_SECONDS, 30 by default).</summary>
    public static async Task<string> ResolveAsync(IConfiguration config, Microsoft.Extensions.Logging.ILogger logger, CancellationToken ct = default)
    {
        var connectionString = await LocateAsync(config, logger, ct);
        var wait = TimeSpan.FromSeconds(double.TryParse(config["PITWALL_DB_WAIT_SECONDS"], out var s) ? s : 30);
        await DatabaseWait.UntilReachableAsync(connectionString, wait, logger, ct);
        return connectionString;
    }

    static async Task<string> LocateAsync(IConfiguration config, Microsoft.Extensions.Logging.ILogger logger, CancellationToken ct)
    {
        var url = config["DATABASE_URL"];
        if (!string.IsNullOrWhiteSpace(url))
        {
            var connectionString = DatabaseUrl.ToConnectionString(url);
            logger.LogInformation("Using the database of DATABASE_URL ({Database})", DatabaseUrl.Describe(connectionString));
            return connectionString;
        }
        if (string.Equals(config["PITWALL_EMBEDDED_DB"], "false", StringComparison.OrdinalIgnoreCase))
            throw new StartupRefusedException("DATABASE_URL is not set: set it to postgresql://user:password@host:port/database (this build has no embedded database)");

        var local = Embedded(config, logger);
        await local.StartAsync(ct: ct);
        return local.ConnectionString();
    }

    public static LocalPostgres Embedded(IConfiguration config, Microsoft.Extensions.Logging.ILogger logger)
    {
        var dataDir = config["PITWALL_DATA_DIR"] is { Length: > 0 } dir
            ? dir
            : Path.Combine(FindWorkingCopy() ?? Directory.GetCurrentDirectory(), ".pitwall", "postgres");
        var port = int.TryParse(config["PITWALL_PG_PORT"], out var p) ? p : DefaultEmbeddedPort;
        return new LocalPostgres(dataDir, port, logger);
    }

    static string? FindWorkingCopy()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "pitwall.sln"))) return dir.FullName;
        return null;
    }
}
