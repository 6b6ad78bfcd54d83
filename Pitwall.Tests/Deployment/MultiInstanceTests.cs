using System.Net;
using Pitwall.Sql.Migrations;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>
/// Three instances start together on one database, empty or the earlier tool's: one migration
/// (one adoption), three servers, one browser session across them.
/// </summary>
public abstract class MultiInstanceTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : MultiInstanceTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : MultiInstanceTests(DatabaseShape.Adopted);

    [Fact]
    public async Task ThreeInstancesStartingTogether_MigrateOnce_AndShareTheBrowserSession()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        if (shape == DatabaseShape.Adopted) await EarlierToolDatabase.CreateAsync(db, Phase44State.DeclaredBySchemaFile, orpFields: true);
        var env = new Dictionary<string, string?> { ["DATABASE_URL"] = db };
        var instances = Enumerable.Range(0, 3).Select(_ => ServerProcess.Start(AppProcess.WebDll, env, TestPostgres.FreePort())).ToList();
        try
        {
            await Task.WhenAll(instances.Select(i => i.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90))));

            Assert.Equal((long)MigrationCatalog.Default.Migrations.Count,
                await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM changelog WHERE type = 0"));
            Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(db,
                "SELECT count(*) FROM (SELECT version FROM changelog WHERE type = 0 GROUP BY version HAVING count(*) > 1) d"));
            Assert.Single(instances, i => i.Lines.Any(l => l.Contains("Database migrated to version")));
            Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM data_protection_keys"));

            using var first = new TestBrowser(new Uri(instances[0].BaseUrl));
            await first.OpenAsync();
            Assert.Equal(HttpStatusCode.OK, (await first.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Bruno" })).StatusCode);

            using var second = first.On(new Uri(instances[1].BaseUrl));
            var page = await second.OpenAsync();
            var (ana, bruno) = (await IdOf(db, "Ana"), await IdOf(db, "Bruno"));
            Assert.Contains($"<option value=\"{bruno}\" selected=\"selected\">Bruno</option>", page);

            using var third = first.On(new Uri(instances[2].BaseUrl));
            var switched = await third.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = $"{ana}" });
            Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
            // Ana is the default on an empty database only; on the earlier tool's, its 'Default Racer' stays.
            Assert.Contains($"<option value=\"{ana}\" selected=\"selected\">{(shape == DatabaseShape.Fresh ? "⭐ " : "")}Ana</option>",
                await switched.Content.ReadAsStringAsync());
        }
        finally
        {
            foreach (var instance in instances) await instance.DisposeAsync();
        }
    }

    static Task<int> IdOf(string db, string racer) => TestPostgres.ScalarAsync<int>(db, $"SELECT id FROM racer_profiles WHERE name = '{racer}'");
}
