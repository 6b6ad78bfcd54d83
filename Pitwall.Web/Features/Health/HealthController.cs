using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Pitwall.Sql.Migrations;

namespace Pitwall.Web.Features.Health;

/// <summary>The host's health check: 200 with the schema version when the database is reachable and migrated.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class HealthController(NpgsqlDataSource db, ILogger<HealthController> logger) : Controller
{
    static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    [HttpGet("/healthz")]
    public async Task<IActionResult> Get(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Budget);
        try
        {
            await using var connection = await db.OpenConnectionAsync(timeout.Token);
            var applied = await SchemaState.AppliedAsync(connection);
            var version = applied.Count == 0 ? 0 : applied[^1].Version;
            var latest = MigrationCatalog.Default.LatestVersion;
            // Every version, not just the newest: an out-of-order one (V1_1) may be the one pending.
            return MigrationCatalog.Default.Migrations.All(m => applied.Any(a => a.Version == m.Version))
                ? Ok(new { status = "ok", schemaVersion = version })
                : StatusCode(503, new { status = "not migrated", schemaVersion = version, expected = latest });
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            logger.LogWarning("Health check: database unreachable: {Reason}", e.Message);
            return StatusCode(503, new { status = "database unreachable" });
        }
    }
}
