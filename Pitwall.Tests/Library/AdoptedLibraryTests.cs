using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Library;

/// <summary>An adopted database's master_library rows (the earlier tool's) are listed, opened and used as they are.</summary>
public sealed class AdoptedLibraryTests
{
    [Fact]
    public async Task AnAdoptedRow_IsListed_OpenedAndUsed_WithItsValuesAsStored()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db);
        await using var app = await TestApp.StartAsync(db);
        using var browser = new TestBrowser(app.Address);
        var id = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM master_library WHERE model = 'MBX8R'");
        var before = await TestPostgres.ScalarAsync<string>(db, "SELECT row(m.*)::text FROM master_library m WHERE id = " + id);

        var list = await (await browser.HtmxGetAsync("/library?brand=Mugen")).Content.ReadAsStringAsync();
        var opened = await (await browser.HtmxGetAsync($"/library/entries/{id}")).Content.ReadAsStringAsync();

        Assert.Contains("Thunder Alley", list);
        Assert.Contains("Pro sheet", list);
        Assert.Contains("A. Pro", list);
        Assert.Contains("value=\"450wt\"", opened);
        Assert.Contains("value=\"1.2x4\"", opened);
        Assert.Equal(before, await TestPostgres.ScalarAsync<string>(db, "SELECT row(m.*)::text FROM master_library m WHERE id = " + id));
        Assert.Equal(HttpStatusCode.OK, (await browser.HtmxGetAsync($"/library/entries/{id}/use")).StatusCode);
    }
}
