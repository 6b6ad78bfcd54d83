using System.Net;
using System.Text.Json;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Web;

public abstract class ShellAndHealthTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : ShellAndHealthTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : ShellAndHealthTests(DatabaseShape.Adopted);

    [Fact]
    public async Task Home_RendersTheLayoutShell()
    {
        await using var app = await TestApp.StartAsync(shape);
        using var browser = app.NewBrowser();

        var html = await browser.GetStringAsync("/");

        Assert.Contains("<title>", html);
        Assert.Contains("Pitwall", html);
        Assert.Contains("id=\"sidebar\"", html);
        Assert.Contains("id=\"main\"", html);
        // Fingerprinted by MapStaticAssets: the URL changes whenever the file does.
        Assert.Matches(@"<script src=""/lib/htmx/htmx\.min\.[a-z0-9]{10}\.js""", html);
    }

    [Fact]
    public async Task Healthz_OnAMigratedDatabase_Answers200WithTheSchemaVersion()
    {
        await using var app = await TestApp.StartAsync(shape);
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MigrationCatalog.Default.LatestVersion, body.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public async Task Healthz_OnAnUnmigratedDatabase_Answers503()
    {
        // Empty, or the earlier tool's database before Pitwall adopted it.
        var db = await TestPostgres.CreateDatabaseAsync();
        if (shape == DatabaseShape.Adopted) await EarlierToolDatabase.CreateAsync(db, orpFields: true);
        await using var app = await TestApp.StartAsync(db, migrate: false);
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("not migrated", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_WhenTheDatabaseIsUnreachable_Answers503()
    {
        var nowhere = $"Host=127.0.0.1;Port={TestPostgres.FreePort()};Username=pitwall;Database=pitwall;Timeout=1";
        await using var app = await TestApp.StartAsync(nowhere, migrate: false);
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("unreachable", await response.Content.ReadAsStringAsync());
    }
}
