using System.Diagnostics;
using Npgsql;
using Pitwall.Sql.Local;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// The schema of a database as pg_dump --schema-only writes it, for comparing the schema
/// before a migration with the one after its undo. Evolve's changelog and Pitwall's
/// pitwall_rollback_memory are bookkeeping that outlives rollbacks, so they are left out.
/// </summary>
public static class SchemaDump
{
    public static async Task<string> OfAsync(string connectionString)
    {
        var bin = LocalPostgres.FindBinaries() ?? throw new InvalidOperationException(LocalPostgres.InstallHint);
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(bin, "pg_dump"))
        {
            ArgumentList =
            {
                "--schema-only", "--no-owner", "--no-privileges", "--exclude-table=changelog*", "--exclude-table=pitwall_rollback_memory",
                "-h", c.Host!, "-p", c.Port.ToString(), "-U", c.Username!, "-d", c.Database!,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (c.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg_dump failed: {await error}");
        // The dump's header names the server and client versions and the settings; only the schema matters.
        // pg_dump 15.14+ wraps the dump in \restrict/\unrestrict with a random key.
        return string.Join('\n', (await output).Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal) && !l.StartsWith("\\restrict", StringComparison.Ordinal)
                        && !l.StartsWith("\\unrestrict", StringComparison.Ordinal)));
    }
}
