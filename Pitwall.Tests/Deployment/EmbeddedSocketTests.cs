using Pitwall.Sql.Local;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>
/// A unix socket's path may hold 107 bytes: a cluster in a deep folder (a working copy far down,
/// make test's /tmp/pitwall-test-servers.XXXXXX) starts without one and answers on loopback TCP,
/// which is all Pitwall uses; a shallow one keeps its socket beside its files.
/// </summary>
public sealed class EmbeddedSocketTests
{
    [Fact]
    public async Task AClusterWhoseSocketPathWouldPassTheLimit_StartsWithoutOne_AndAnswersOnLoopback()
    {
        Assert.Equal("-k /tmp/pitwall/postgres", LocalPostgres.SocketOption("/tmp/pitwall/postgres", 55432));
        Assert.Equal("-c unix_socket_directories=''", LocalPostgres.SocketOption("/tmp/" + new string('d', 90), 55432));

        var server = await TestPostgres.StartAsync(new string('d', 90));
        try
        {
            Assert.Equal(1, await TestPostgres.ScalarAsync<int>(server.ConnectionString(), "SELECT 1"));
            Assert.Equal("", await TestPostgres.ScalarAsync<string>(server.ConnectionString(), "SHOW unix_socket_directories"));
        }
        finally
        {
            TestPostgres.Cleanup(server);
        }
    }
}
