using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>The verbs behind make migrate / rollback / db-status, run as the real process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Migrate_LogsWhatTheOldToolsUsersLookedFor_ThenDbStatusPasses()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        var env = AppProcess.WithDatabase(db);

        var first = await AppProcess.RunAsync(env, "migrate");
        var second = await AppProcess.RunAsync(env, "migrate");
        var status = await AppProcess.RunAsync(env, "db-status");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Checking for pending migrations", first.All);
        Assert.Contains("Applied migration V2__default_racer.sql in", first.All);
        Assert.Matches($@"Database migrated to version {MigrationCatalog.Default.LatestVersion} \(\d+ applied in \d+ ms\)", first.All);
        Assert.Contains($"Database already at version {MigrationCatalog.Default.LatestVersion}", second.All);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("applied  V2", status.StdOut);
        Assert.Contains("check    ok   is_default column exists", status.StdOut);
        Assert.Contains("check    ok   exactly one default racer", status.StdOut);
        Assert.DoesNotContain("FAIL", status.StdOut);
    }

    [Fact]
    public async Task DbStatus_AfterRollbackToVersion1_ListsPendingAndFailsTheColumnCheck()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        var env = AppProcess.WithDatabase(db);
        Assert.Equal(0, (await AppProcess.RunAsync(env, "migrate")).ExitCode);

        var rollback = await AppProcess.RunAsync(env, "rollback", "--to", "1");
        var status = await AppProcess.RunAsync(env, "db-status");

        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("Database rolled back from version", rollback.All);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("pending  V2", status.StdOut);
        Assert.Contains("check    FAIL is_default column exists", status.StdOut);
    }

    [Fact]
    public async Task Rollback_ToAnUnappliedVersion_ExitsNonZero_WithTheReason()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        var env = AppProcess.WithDatabase(db);
        Assert.Equal(0, (await AppProcess.RunAsync(env, "migrate")).ExitCode);

        var rollback = await AppProcess.RunAsync(env, "rollback", "--to", "42");

        Assert.Equal(1, rollback.ExitCode);
        Assert.Contains("Rollback refused: Version 42 is not an applied version", rollback.All);
    }

    [Fact]
    public async Task Serve_WhenAMigrationFails_LogsFileLineAndError_ExitsNonZero_AndChangesNothing()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        // A table in the way of V3 makes a real migration fail, as a hand-made table could.
        await TestPostgres.ExecuteAsync(db, "CREATE TABLE browser_sessions (note text)");
        var env = AppProcess.WithDatabase(db);
        env["PORT"] = TestPostgres.FreePort().ToString();

        var serve = await AppProcess.RunAsync(env);

        Assert.Equal(1, serve.ExitCode);
        Assert.Contains("Migration V3__browser_sessions.sql failed at line 4: 42P07", serve.All);
        Assert.DoesNotContain("Now listening", serve.All);
        Assert.False(await TestPostgres.ScalarAsync<bool>(db, "SELECT to_regclass('racer_profiles') IS NOT NULL"));
    }

    [Fact]
    public async Task BadDatabaseUrl_ExitsNonZero_NamingTheProblemWithoutThePassword()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string?> { ["DATABASE_URL"] = "postgresql://app:hunter2@db.example.com" }, "migrate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("names no database", result.All);
        Assert.DoesNotContain("hunter2", result.All);
    }
}
