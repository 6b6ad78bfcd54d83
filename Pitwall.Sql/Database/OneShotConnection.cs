using Npgsql;

namespace Pitwall.Sql.Database;

/// <summary>
/// A connection for work done once (migrating, rolling back, reading the schema's state):
/// unpooled, so that it closes with its <c>using</c>. A pooled one would sit idle in a pool
/// that nothing else uses for Npgsql's idle lifetime (five minutes), holding a server slot.
/// </summary>
public static class OneShotConnection
{
    public static NpgsqlConnection Create(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
}
