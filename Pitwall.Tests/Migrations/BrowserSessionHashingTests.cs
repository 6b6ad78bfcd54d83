using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Migrations;

/// <summary>V7 keys browser_sessions by the SHA-256 of the cookie's id, hashing the rows it finds.</summary>
public sealed class BrowserSessionHashingTests
{
    const string Chosen = "0123456789abcdef0123456789abcdef";

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
}
