using System.Net;
using System.Security.Cryptography;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>Issue 10, item 4: the server mints every session id, and the database holds only its SHA-256 hash.</summary>
public abstract class SessionMintingTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : SessionMintingTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : SessionMintingTests(DatabaseShape.Adopted);

    const string Chosen = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task AnIdTheClientChose_IsNeverAdopted_TheServerMintsOne_AndStoresOnlyItsHash()
    {
        await using var app = await TestApp.StartAsync(shape);
        using (var seed = new TestBrowser(app.Address))
        {
            await seed.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" });
            await seed.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Bruno" });
        }
        using var attacker = new TestBrowser(app.Address);
        attacker.Cookies.Add(app.Address, new Cookie("pitwall_session", Chosen));

        var bruno = await TestPostgres.ScalarAsync<int>(app.ConnectionString, "SELECT id FROM racer_profiles WHERE name = 'Bruno'");
        var switched = await attacker.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = $"{bruno}" });
        var minted = switched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pitwall_session=", StringComparison.Ordinal)).Split(';')[0]["pitwall_session=".Length..];
        var page = await attacker.OpenAsync();

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", minted);
        Assert.NotEqual(Chosen, minted);
        Assert.Contains($"<option value=\"{bruno}\" selected=\"selected\">Bruno</option>", page);
        Assert.Equal(0L, await Count(app, $"id_hash = sha256(decode('{Chosen}', 'hex'))"));
        Assert.Equal(1L, await Count(app, $"id_hash = sha256(decode('{minted}', 'hex')) AND racer_id = {bruno}"));
        Assert.Equal(0L, await Count(app, $"position(decode('{minted}', 'hex') in id_hash) > 0"));
    }

    static Task<long> Count(TestApp app, string where) =>
        TestPostgres.ScalarAsync<long>(app.ConnectionString, $"SELECT count(*) FROM browser_sessions WHERE {where}");
}
