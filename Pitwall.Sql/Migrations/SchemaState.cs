using Dapper;
using Npgsql;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Migrations;

/// <summary>Reads what Evolve's changelog says is applied.</summary>
public static class SchemaState
{
    public const string ChangelogTable = "changelog";

    // Evolve's changelog: type 0 rows are versioned migrations.
    const string AppliedSql = """
        SELECT version::numeric AS Version, name AS Name, installed_on AS InstalledOn
        FROM changelog
        WHERE type = 0 AND success
        ORDER BY version::numeric
        """;

    public static async Task<IReadOnlyList<AppliedMigration>> AppliedAsync(NpgsqlConnection connection, NpgsqlTransaction? tx = null)
    {
        var exists = await connection.ExecuteScalarAsync<bool>(
            "SELECT to_regclass('changelog') IS NOT NULL", transaction: tx);
        if (!exists) return [];
        return (await connection.QueryAsync<AppliedMigration>(AppliedSql, transaction: tx)).AsList();
    }

    /// <summary>The newest applied version, 0 when none.</summary>
    public static decimal CurrentVersion(string connectionString)
    {
        using var connection = OneShotConnection.Create(connectionString);
        connection.Open();
        var applied = AppliedAsync(connection).GetAwaiter().GetResult();
        return applied.Count == 0 ? 0 : applied[^1].Version;
    }
}
