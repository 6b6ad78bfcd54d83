using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Local;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>make test's last step: whatever ended the run, the servers the tests started are stopped and their folder deleted.</summary>
public sealed class TestServerCleanupTests
{
    [Fact]
    public async Task StopTestServers_StopsEveryServerInTheRunsFolder_AndDeletesTheFolder()
    {
        // As make test makes it: a folder of the run's own that the 'postgres' user can enter.
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"pitwall-test-servers-{Guid.NewGuid():N}")).FullName;
        var servers = new[] { "one", "two" }
            .Select(name => new LocalPostgres(Path.Combine(folder, name), TestPostgres.FreePort(), NullLogger.Instance)).ToArray();
        foreach (var server in servers) await server.StartAsync(TestPostgres.FastSettings);

        var psi = new ProcessStartInfo("bash") { RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.Root, "Pitwall.Tests", "Infrastructure", "stop-test-servers.sh"));
        psi.ArgumentList.Add(folder);
        using var script = Process.Start(psi)!;
        var errors = await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();

        Assert.True(script.ExitCode == 0, errors);
        Assert.False(Directory.Exists(folder));
        foreach (var server in servers)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync("127.0.0.1", server.Port));
        }
    }
}
