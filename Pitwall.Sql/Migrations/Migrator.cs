using System.Diagnostics;
using System.Text.RegularExpressions;
using EvolveDb;
using EvolveDb.Configuration;
using EvolveDb.Dialect;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Migrations;

/// <summary>
/// Applies pending migrations with Evolve. All pending scripts run in one transaction
/// (a failure leaves the database exactly as it was, down to the changelog table Evolve
/// created for the run), and cluster mode takes Evolve's advisory lock so that instances
/// starting together migrate once. A version inserted below applied ones (V1_1) is applied
/// too (OutOfOrder). Notices the scripts raise (what an adoption repaired) are logged.
/// </summary>
public sealed partial class Migrator(string connectionString, ILogger logger, MigrationCatalog? catalog = null)
{
    readonly MigrationCatalog _catalog = catalog ?? MigrationCatalog.Default;

    /// <summary>
    /// The connection Pitwall migrates and rolls back on: it says so to the database
    /// (pitwall.migrating), so that the earlier tool's timestamp trigger, once repaired by
    /// V1.1, leaves updated_at alone while the schema changes around the racers' rows.
    /// </summary>
    public static string Migrating(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c pitwall.migrating=on", Pooling = false }.ConnectionString;

    /// <param name="target">Stop at this version (tests step through the versions); null applies all.</param>
    public MigrationResult Migrate(decimal? target = null)
    {
        logger.LogInformation("Checking for pending migrations");
        var clock = Stopwatch.StartNew();
        using var connection = new NpgsqlConnection(Migrating(connectionString));
        connection.Notice += (_, e) => logger.LogInformation("Database notice: {Notice}", e.Notice.MessageText);
        var evolve = new Evolve(connection, ForwardEvolveLog, DBMS.PostgreSQL)
        {
            EmbeddedResourceAssemblies = _catalog.Assemblies,
            EmbeddedResourceFilters = _catalog.MigrationPrefixes,
            MetadataTableName = SchemaState.ChangelogTable,
            EnableClusterMode = true,
            IsEraseDisabled = true,
            OutOfOrder = true,
            TransactionMode = TransactionKind.CommitAll,
        };
        if (target is { } version)
            evolve.TargetVersion = new EvolveDb.Migration.MigrationVersion(MigrationCatalog.FormatVersion(version));
        var hadChangelog = ChangelogExists();
        try
        {
            evolve.Migrate();
        }
        catch (Exception e)
        {
            if (!hadChangelog) DropEmptyChangelog();
            throw Describe(e);
        }

        var current = SchemaState.CurrentVersion(connectionString);
        var applied = evolve.NbMigration;
        if (applied == 0)
            logger.LogInformation("Database already at version {Version} (checked in {ElapsedMs} ms)", current, clock.ElapsedMilliseconds);
        else
            logger.LogInformation("Database migrated to version {Version} ({Applied} applied in {ElapsedMs} ms)",
                current, applied, clock.ElapsedMilliseconds);
        return new MigrationResult(current, applied, clock.ElapsedMilliseconds);
    }

    bool ChangelogExists()
    {
        using var connection = OneShotConnection.Create(connectionString);
        connection.Open();
        return connection.ExecuteScalar<bool>("SELECT to_regclass(@table) IS NOT NULL", new { table = SchemaState.ChangelogTable });
    }

    // Evolve creates its changelog (with a row marking the schema) before the migrations'
    // transaction; a failed first run must not leave it behind. A changelog that records a
    // migration (another instance's, say) is never dropped.
    void DropEmptyChangelog()
    {
        using var connection = OneShotConnection.Create(connectionString);
        connection.Open();
        connection.Execute("""
            DO $$
            BEGIN
                IF to_regclass('changelog') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM changelog WHERE type = 0) THEN
                    DROP TABLE changelog;
                END IF;
            END
            $$
            """);
    }

    // Evolve reports through a string callback; lift the per-migration line into a structured event.
    void ForwardEvolveLog(string message)
    {
        var applied = AppliedLine().Match(message);
        if (applied.Success)
            logger.LogInformation("Applied migration {Migration} in {ElapsedMs} ms",
                applied.Groups["name"].Value, long.Parse(applied.Groups["ms"].Value));
        else
            logger.LogDebug("Evolve: {EvolveMessage}", message);
    }

    MigrationFailedException Describe(Exception e)
    {
        var script = FailedScript().Match(e.Message) is { Success: true } m ? m.Groups["name"].Value : "(unknown script)";
        var pg = FindPostgresException(e);
        var reason = pg is null ? e.GetBaseException().Message : $"{pg.SqlState}: {pg.MessageText}";
        var text = _catalog.Migrations.FirstOrDefault(s => s.Name == script)?.ReadText();
        var line = pg is null || text is null ? null
            : pg.Position <= 0 && ReplayToFailure(script) is { } statementLine ? statementLine
            : ScriptLocator.LineOf(text, pg.Position, pg.MessageText);
        return new MigrationFailedException(script, line, reason, e);
    }

    /// <summary>
    /// An error raised while a statement runs (in a trigger or a function) has no position,
    /// and Evolve sends a script as one command. So the pending scripts are run again in a
    /// transaction that is always rolled back, the failed one statement by statement: the
    /// line of the statement that fails again is the answer. Runs only after a failure.
    /// </summary>
    int? ReplayToFailure(string failedScript)
    {
        try
        {
            using var connection = new NpgsqlConnection(Migrating(connectionString));
            connection.Open();
            var applied = SchemaState.AppliedAsync(connection).GetAwaiter().GetResult().Select(a => a.Version).ToHashSet();
            using var tx = connection.BeginTransaction();
            foreach (var migration in _catalog.Migrations.Where(m => !applied.Contains(m.Version)))
            {
                var text = migration.ReadText();
                if (migration.Name != failedScript)
                {
                    connection.Execute(text, transaction: tx);
                    continue;
                }
                var starts = ScriptLocator.StatementStarts(text).Append(text.Length).ToList();
                for (var i = 0; i + 1 < starts.Count; i++)
                {
                    try
                    {
                        connection.Execute(text[starts[i]..starts[i + 1]], transaction: tx);
                    }
                    catch (PostgresException)
                    {
                        return ScriptLocator.FirstCodeLine(text, starts[i], starts[i + 1]);
                    }
                }
            }
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            logger.LogDebug(e, "Could not replay {Script} to find the failing statement", failedScript);
            return null;
        }
    }

    static PostgresException? FindPostgresException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PostgresException pg) return pg;
        return null;
    }

    [GeneratedRegex(@"Successfully \w+ migration (?<name>\S+) in (?<ms>\d+) ms")]
    private static partial Regex AppliedLine();

    [GeneratedRegex(@"Error executing script: (?<name>\S+) after")]
    private static partial Regex FailedScript();
}
