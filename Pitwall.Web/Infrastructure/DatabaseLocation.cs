using System.Security.Cryptography;
using System.Text;
using Pitwall.Sql.Configuration;
using Pitwall.Sql.Database;
using Pitwall.Sql.Local;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Where the database is: DATABASE_URL when set (hosted), else the embedded cluster on a fixed
/// local port, started on demand, in the working copy's git-ignored .pitwall/ folder. As root
/// the cluster runs as the 'postgres' user; when that user cannot reach the working copy (a
/// clone under /root or in a 0700 temporary folder) the cluster lives in
/// /var/lib/pitwall/&lt;hash of the working copy's path&gt;/ instead, one folder per working copy.
/// </summary>
public static class DatabaseLocation
{
    public const int DefaultEmbeddedPort = 55432;
    public const string RelocatedRoot = "/var/lib/pitwall";

    /// <summary>The connection string, once the database answers (waiting up to PITWALL_DB_WAIT_SECONDS, 30 by default).</summary>
    public static async Task<string> ResolveAsync(IConfiguration config, Microsoft.Extensions.Logging.ILogger logger, CancellationToken ct = default)
    {
        var connectionString = await LocateAsync(config, logger, ct);
        var wait = TimeSpan.FromSeconds(double.TryParse(config["PITWALL_DB_WAIT_SECONDS"], out var s) ? s : 30);
        await DatabaseWait.UntilReachableAsync(connectionString, wait, logger, ct);
        return connectionString;
    }

    public static bool IsEmbedded(IConfiguration config) => string.IsNullOrWhiteSpace(config["DATABASE_URL"]);

    static async Task<string> LocateAsync(IConfiguration config, Microsoft.Extensions.Logging.ILogger logger, CancellationToken ct)
    {
        if (!IsEmbedded(config))
        {
            var connectionString = DatabaseUrl.ToConnectionString(config["DATABASE_URL"]!);
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
        var port = int.TryParse(config["PITWALL_PG_PORT"], out var p) ? p : DefaultEmbeddedPort;
        if (config["PITWALL_DATA_DIR"] is { Length: > 0 } dir) return new LocalPostgres(dir, port, logger);
        var workingCopy = FindWorkingCopy() ?? Directory.GetCurrentDirectory();
        var dataDir = DataDirFor(workingCopy);
        if (IsRelocated(dataDir))
            logger.LogInformation("Embedded PostgreSQL data in {DataDir}: the 'postgres' user cannot reach the working copy {WorkingCopy}", dataDir, workingCopy);
        return new LocalPostgres(dataDir, port, logger);
    }

    /// <summary>.pitwall/postgres in the working copy, or its folder under /var/lib/pitwall when the 'postgres' user cannot reach it (or already has its cluster there).</summary>
    static string DataDirFor(string workingCopy)
    {
        var inside = Path.Combine(workingCopy, ".pitwall", "postgres");
        if (!LocalPostgres.AsRoot) return inside;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(workingCopy)))[..16];
        var outside = Path.Combine(RelocatedRoot, hash, "postgres");
        return File.Exists(Path.Combine(outside, "PG_VERSION")) || !LocalPostgres.ServiceUserCanReach(workingCopy) ? outside : inside;
    }

    public static bool IsRelocated(string dataDir) => dataDir.StartsWith(RelocatedRoot + "/", StringComparison.Ordinal);

    static string? FindWorkingCopy()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "pitwall.sln"))) return dir.FullName;
        return null;
    }
}
