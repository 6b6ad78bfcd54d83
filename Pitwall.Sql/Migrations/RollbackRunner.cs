using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pitwall.Sql.Migrations;

/// <summary>
/// Pitwall's own rollback (Evolve has none): runs the U files of the applied versions
/// above the target, newest first, each undo and the removal of its changelog row in one
/// transaction. It holds Evolve's advisory lock, so it never interleaves with a migration,
/// and checks everything before changing anything.
/// </summary>
public sealed class RollbackRunner(string connectionString, ILogger logger, MigrationCatalog? catalog = null)
{
    /// <summary>The lock id Evolve's PostgreSQL dialect takes with pg_try_advisory_lock.</summary>
    public const long EvolveLockId = 12345;

    readonly MigrationCatalog _catalog = catalog ?? MigrationCatalog.Default;

    /// <param name="target">The version to leave as the newest applied; null undoes only the newest; 0 undoes all.</param>
    public async Task<RollbackResult> RollbackAsync(decimal? target, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(Migrator.Migrating(connectionString));
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@id)", new { id = EvolveLockId });
        try
        {
            var applied = await SchemaState.AppliedAsync(connection);
            if (applied.Count == 0)
                throw new RollbackRefusedException("Nothing to roll back: no migration is applied.");

            var newest = applied[^1].Version;
            var to = target ?? (applied.Count > 1 ? applied[^2].Version : 0);
            if (to != 0 && applied.All(a => a.Version != to))
                throw new RollbackRefusedException(
                    $"Version {to} is not an applied version (applied: {string.Join(", ", applied.Select(a => a.Version))}); nothing was changed.");
            if (to >= newest)
                throw new RollbackRefusedException($"Version {to} is already the newest applied version; nothing was changed.");

            var undos = _catalog.Undos.ToDictionary(u => u.Version);
            var toUndo = applied.Where(a => a.Version > to).OrderByDescending(a => a.Version).ToList();
            var missing = toUndo.Where(a => !undos.ContainsKey(a.Version)).Select(a => $"U{MigrationCatalog.FormatVersion(a.Version).Replace('.', '_')}").ToList();
            if (missing.Count > 0)
                throw new RollbackRefusedException(
                    $"Missing undo file {string.Join(", ", missing)}; nothing was changed.");

            var done = new List<string>();
            foreach (var migration in toUndo)
            {
                var undo = undos[migration.Version];
                var started = System.Diagnostics.Stopwatch.StartNew();
                await using var tx = await connection.BeginTransactionAsync(ct);
                await connection.ExecuteAsync(undo.ReadText(), transaction: tx);
                await connection.ExecuteAsync(
                    "DELETE FROM changelog WHERE type = 0 AND version = @version",
                    new { version = MigrationCatalog.FormatVersion(migration.Version) }, tx);
                await tx.CommitAsync(ct);
                logger.LogInformation("Rolled back migration {Migration} with {Undo} in {ElapsedMs} ms",
                    migration.Name, undo.Name, started.ElapsedMilliseconds);
                done.Add(undo.Name);
            }
            logger.LogInformation("Database rolled back from version {From} to version {To}", newest, to);
            return new RollbackResult(newest, to, done);
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@id)", new { id = EvolveLockId });
        }
    }
}
