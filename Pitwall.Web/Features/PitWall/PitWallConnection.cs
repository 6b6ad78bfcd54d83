using Npgsql;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// Where the one listening connection of an instance goes: the app's database, outside the
/// request pool (LISTEN belongs to a connection, which a pool would hand to requests), with TCP
/// keepalive so that a server gone without a word is noticed.
/// </summary>
public sealed record PitWallConnection(string ConnectionString)
{
    public static PitWallConnection For(string appConnectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = appConnectionString };
        var b = new NpgsqlConnectionStringBuilder(appConnectionString) { Pooling = false, TcpKeepAlive = true };
        if (!given.ContainsKey("Timeout")) b.Timeout = 3;
        return new PitWallConnection(b.ConnectionString);
    }
}
