using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>Issue 10, item 4: the server mints every session id, and the database holds only its SHA-256 hash.</summary>
public sealed class SessionMintingTests
{
    const string Chosen = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task AnIdTheClientChose_IsNeverAdopted_TheServerMintsOne_AndStoresOnlyItsHash()
    {
        await using var app = await TestApp.StartAsync();
        using (var seed = new TestBrowser(app.Address))
        {
            await seed.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" });
            await seed.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Bruno" });
        }
        using var attacker = new TestBrowser(app.Address);
        attacker.Cookies.Add(app.Address, new Cookie("pitwall_session", Chosen));

        var switched = await attacker.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = "2" });
        var minted = switched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pitwall_session=", StringComparison.Ordinal)).Split(';')[0]["pitwall_session=".Length..];
        var page = await attacker.OpenAsync();

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", minted);
        Assert.NotEqual(Chosen, minted);
        Assert.Contains("<option value=\"2\" selected=\"selected\">Bruno</option>", page);
        Assert.Equal(0L, await Count(app, $"id_hash = sha256(decode('{Chosen}', 'hex'))"));
        Assert.Equal(1L, await Count(app, $"id_hash = sha256(decode('{minted}', 'hex')) AND racer_id = 2"));
        Assert.Equal(0L, await Count(app, $"position(decode('{minted}', 'hex') in id_hash) > 0"));
    }

    [Fact]
    public async Task V7_HashesExistingRowsInPlace_SoBrowsersKeepTheirRacer()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        new Migrator(db, NullLogger.Instance).Migrate();
        await new RollbackRunner(db, NullLogger.Instance).RollbackAsync(MigrationCatalog.Default.Migrations.Last(m => m.Version < 7).Version);
        await TestPostgres.ExecuteAsync(db, $"""
            INSERT INTO racer_profiles (name, is_default) VALUES ('Ana', true), ('Bruno', false);
            INSERT INTO browser_sessions (id, racer_id) VALUES ('{Chosen}', 2);
            """);

        await using var app = await TestApp.StartAsync(db);
        using var browser = new TestBrowser(app.Address);
        browser.Cookies.Add(app.Address, new Cookie("pitwall_session", Chosen));
        var page = await browser.OpenAsync();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(Chosen))),
            await TestPostgres.ScalarAsync<string>(db, "SELECT encode(id_hash, 'hex') FROM browser_sessions"));
        Assert.Contains("<option value=\"2\" selected=\"selected\">Bruno</option>", page);
    }

    static Task<long> Count(TestApp app, string where) =>
        TestPostgres.ScalarAsync<long>(app.ConnectionString, $"SELECT count(*) FROM browser_sessions WHERE {where}");
}
