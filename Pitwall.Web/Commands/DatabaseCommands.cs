using Pitwall.Sql.Migrations;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Commands;

/// <summary>The command-line verbs behind make migrate, rollback, db-status and db-stop. Each returns the process exit code.</summary>
public static class DatabaseCommands
{
    public static async Task<int> MigrateAsync(IConfiguration config, ILogger logger)
    {
        var connectionString = await DatabaseLocation.ResolveAsync(config, logger);
        return RunMigrations(connectionString, logger) ? 0 : 1;
    }

    /// <summary>Applies pending migrations; a failure is logged with file, line and PostgreSQL's message.</summary>
    public static bool RunMigrations(string connectionString, ILogger logger)
    {
        try
        {
            new Migrator(connectionString, logger).Migrate();
            return true;
        }
        catch (MigrationFailedException e)
        {
            logger.LogCritical("Migration {Script} failed at line {Line}: {Reason}. The database was left as it was",
                e.Script, e.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", e.Reason);
            logger.LogDebug(e, "Migration failure in full");
            return false;
        }
    }

    public static async Task<int> RollbackAsync(IConfiguration config, ILogger logger, string[] args)
    {
        decimal? target = null;
        var to = Array.IndexOf(args, "--to");
        if (to >= 0)
        {
            if (to + 1 >= args.Length || !System.Text.RegularExpressions.Regex.IsMatch(args[to + 1], @"^\d+([._]\d+)?$"))
            {
                logger.LogError("rollback --to needs a version number, such as --to 1 or --to 1.1");
                return 2;
            }
            target = MigrationCatalog.ParseVersion(args[to + 1]);
        }
        var connectionString = await DatabaseLocation.ResolveAsync(config, logger);
        try
        {
            await new RollbackRunner(connectionString, logger).RollbackAsync(target);
            return 0;
        }
        catch (RollbackRefusedException e)
        {
            logger.LogError("Rollback refused: {Reason}", e.Message);
            return 1;
        }
    }

    public static async Task<int> StatusAsync(IConfiguration config, ILogger logger, TextWriter output)
    {
        var connectionString = await DatabaseLocation.ResolveAsync(config, logger);
        var status = await DatabaseStatus.ReadAsync(connectionString);
        output.WriteLine($"database {Pitwall.Sql.Configuration.DatabaseUrl.Describe(connectionString)}");
        if (DatabaseLocation.IsEmbedded(config))
            output.WriteLine($"data     {DatabaseLocation.Embedded(config, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).DataDir}");
        status.WriteTo(output);
        return status.Healthy ? 0 : 1;
    }

    /// <param name="args">--delete-data (make clean) also deletes a cluster kept outside the working copy; the one inside goes with .pitwall.</param>
    public static async Task<int> StopEmbeddedAsync(IConfiguration config, ILogger logger, string[] args)
    {
        var local = DatabaseLocation.Embedded(config, logger);
        if (!await local.IsRunningAsync())
        {
            logger.LogInformation("Embedded PostgreSQL is not running ({DataDir})", local.DataDir);
        }
        else
        {
            await local.StopAsync();
            logger.LogInformation("Embedded PostgreSQL stopped ({DataDir})", local.DataDir);
        }
        if (args.Contains("--delete-data") && DatabaseLocation.IsRelocated(local.DataDir) && Directory.Exists(local.DataDir))
        {
            Directory.Delete(Path.GetDirectoryName(local.DataDir)!, recursive: true);
            logger.LogInformation("Deleted the embedded PostgreSQL data in {DataDir}", local.DataDir);
        }
        return 0;
    }
}
