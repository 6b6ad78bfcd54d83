using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Makes sure the shared key ring has a key before serving. Instances starting together on
/// an empty ring would each create one and, until they reload the ring, reject each other's
/// antiforgery tokens; under an advisory lock the first creates it and the rest read it.
/// </summary>
public static class KeyRing
{
    const long LockId = 72617002;

    public static async Task EnsureKeyAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await source.OpenConnectionAsync();
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@LockId)", new { LockId });
        try
        {
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Pitwall.Startup").Protect("ready");
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@LockId)", new { LockId });
        }
    }
}
