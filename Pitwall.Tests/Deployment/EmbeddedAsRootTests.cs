using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>
/// Issue 10, item 1: make run's code path (the app's migrate, serve, db-status and db-stop
/// verbs on the embedded database) as root, from a working copy inside a 0700 folder that
/// the 'postgres' user cannot enter: the cluster goes to /var/lib/pitwall/&lt;hash&gt;/ and
/// every verb finds it there.
/// </summary>
public sealed class EmbeddedAsRootTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task AsRoot_FromAClosedFolder_TheClusterLivesUnderVarLib_AndEveryVerbFindsIt()
    {
        Assert.Equal("root", Environment.UserName);
        var closed = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"pitwall-closed-{Guid.NewGuid():N}"));
        File.SetUnixFileMode(closed.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var workingCopy = Directory.CreateDirectory(Path.Combine(closed.FullName, "pitwall")).FullName;
        File.WriteAllText(Path.Combine(workingCopy, "pitwall.sln"), "");
        var env = new Dictionary<string, string?> { ["PITWALL_PG_PORT"] = TestPostgres.FreePort().ToString() };
        try
        {
            var migrate = await RunAsync(workingCopy, env, "migrate");
            Assert.True(migrate.ExitCode == 0, migrate.Output);
            Assert.Contains("Embedded PostgreSQL data in /var/lib/pitwall/", migrate.Output);
            Assert.Contains("cannot reach the working copy " + workingCopy, migrate.Output);
            Assert.Contains("Database migrated to version", migrate.Output);
            Assert.False(Directory.Exists(Path.Combine(workingCopy, ".pitwall")));

            await using (var serve = ServerProcess.Start(AppProcess.WebDll, env, TestPostgres.FreePort(), workingCopy))
            {
                await serve.WaitUntilHealthyAsync();
                await serve.WaitForLogAsync("Embedded PostgreSQL already running");
            }

            var status = await RunAsync(workingCopy, env, "db-status");
            Assert.True(status.ExitCode == 0, status.Output);
            var data = status.Output.Split('\n').Single(l => l.StartsWith("data ", StringComparison.Ordinal))["data ".Length..].Trim();
            Assert.StartsWith("/var/lib/pitwall/", data);
            Assert.True(File.Exists(Path.Combine(data, "PG_VERSION")));

            var stop = await RunAsync(workingCopy, env, "db-stop", "--delete-data");
            Assert.True(stop.ExitCode == 0, stop.Output);
            Assert.Contains("Embedded PostgreSQL stopped", stop.Output);
            Assert.False(Directory.Exists(data));
        }
        finally
        {
            await RunAsync(workingCopy, env, "db-stop", "--delete-data");
            closed.Delete(recursive: true);
        }
    }

    static async Task<(int ExitCode, string Output)> RunAsync(string workingCopy, Dictionary<string, string?> env, params string[] args)
    {
        var result = await AppProcess.RunInAsync(workingCopy, env, args);
        return (result.ExitCode, result.All);
    }
}
