using System.Net;
using System.Text.Json.Nodes;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Library;

/// <summary>
/// The earlier tool's own master_library rows (Legacy/earlier_tool_rows.sql: a nested entry with
/// every cell, blanks as null, and a flat one a script left) are listed, opened and used as they
/// are, and stay as they were. Adopted only: a fresh database has no such rows (LibraryEndpointTests
/// writes them with the tool's own insert on both shapes).
/// </summary>
public sealed class AdoptedLibraryTests : IAsyncLifetime
{
    SeededApp _app = null!;

    string Db => _app.App.ConnectionString;

    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(DatabaseShape.Adopted);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<string> Library() => TestPostgres.ScalarAsync<string>(Db, "SELECT string_agg(row(m.*)::text, E'\\n' ORDER BY id) FROM master_library m");

    async Task<string> Html(string path)
    {
        var response = await _app.Ana.HtmxGetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return html;
    }

    async Task<int> AnasDraftAsync(string setup)
    {
        var draft = await _app.AnasDraftAsync(new()
        {
            ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Club night", ["Type"] = "Practice", ["Date"] = "2026-11-21",
        });
        await TestPostgres.ExecuteAsync(Db, $"UPDATE sessions SET actual_setup = '{setup}' WHERE id = {draft}");
        return draft;
    }

    async Task<string> ApplyAsync(int entry, int draft, string packages)
    {
        var response = await _app.Ana.HtmxPostAsync($"/library/entries/{entry}/apply", new Dictionary<string, string>
        {
            ["Target"] = $"draft:{draft}", ["Packages"] = packages,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestPostgres.ScalarAsync<string>(Db, $"SELECT actual_setup::text FROM sessions WHERE id = {draft}");
    }

    [Fact]
    public async Task TheToolsNestedEntry_IsListedFilteredOpenedAndUsed_WithItsValuesAsStored_ItsBlankCellsUnflagged()
    {
        var entry = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM master_library WHERE vehicle_model = 'MBX8R' AND track_name = 'Thunder Alley'");
        var flat = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM master_library WHERE vehicle_model = 'XB8' AND track_name = 'Mulligan'");
        var draft = await AnasDraftAsync("""{"SO_F": 400, "SP_F": "Blue", "SO_R": 450}""");
        var before = await Library();

        var all = await Html("/library");
        var mugen = (await Html("/library?brand=Mugen&model=MBX8R")).Split("<tbody")[1];
        var opened = await Html($"/library/entries/{entry}");
        var use = await Html($"/library/entries/{entry}/use");
        var after = await ApplyAsync(entry, draft, "Suspension");

        // The Model filter offers the tool's vehicle_model; its entries newest date_created first, with that date.
        Assert.Contains("<option>MBX8R</option>", all);
        Assert.Contains("<option>XB8</option>", all);
        HtmlAssert.InOrder(all, $"library-entry-{entry}", $"library-entry-{flat}");
        Assert.Contains($"id=\"library-entry-{entry}\"", mugen);
        Assert.DoesNotContain($"id=\"library-entry-{flat}\"", mugen);
        foreach (var cell in new[] { "Mugen MBX8R", "Thunder Alley", "Dry", "Pro sheet", "A. Pro", "Spring Nationals", "2024-04-20" })
            Assert.Contains($">{cell}</td>", mugen);
        Assert.Contains("id=\"entry-SO_F\" name=\"setup[SO_F]\" value=\"450wt\"", opened);
        Assert.Contains("id=\"entry-P_F\" name=\"setup[P_F]\" value=\"1.2x4\"", opened);
        Assert.Contains("id=\"entry-DC\" name=\"setup[DC]\" value=\"10000\"", opened);
        Assert.Contains("id=\"entry-Compound\" name=\"setup[Compound]\" value=\"Green\"", opened);
        // Its 24 null cells show empty without a flag; the one ⚠ is the value that breaks a rule ("450wt" is not a whole number).
        Assert.Contains("id=\"entry-SP_F\" name=\"setup[SP_F]\" value=\"\"", opened);
        Assert.Single(opened.Split('⚠')[1..]);
        Assert.Matches("<span id=\"entry-n-SO_F\" class=\"note flag\">⚠", opened);
        Assert.Contains($"hx-post=\"/library/entries/{entry}/stage\"", use);
        // Suspension: its two values in as stored ("450wt" stays text); its blank cells leave the draft's spring and rear oil.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"SO_F": "450wt", "SP_F": "Blue", "SO_R": 450, "P_F": "1.2x4"}"""), JsonNode.Parse(after)), after);
        Assert.Equal(before, await Library());
    }

    [Fact]
    public async Task TheFlatEntryAScriptLeft_IsOpenedAndUsed_AndKeepsItsUnknownKey()
    {
        var entry = await TestPostgres.ScalarAsync<int>(Db, "SELECT id FROM master_library WHERE vehicle_model = 'XB8' AND track_name = 'Mulligan'");
        var draft = await AnasDraftAsync("""{"SO_F": 400, "DF": 5000}""");
        var before = await Library();

        var opened = await Html($"/library/entries/{entry}");
        var after = await ApplyAsync(entry, draft, "Whole setup");

        Assert.Contains("id=\"entry-SO_F\" name=\"setup[SO_F]\" value=\"500\"", opened);
        Assert.Contains("High traction", opened);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"SO_F": "500", "DF": 5000}"""), JsonNode.Parse(after)), after);
        Assert.Equal(before, await Library());
        Assert.Equal("1", await TestPostgres.ScalarAsync<string>(Db, $"SELECT setup ->> 'unknown_key' FROM master_library WHERE id = {entry}"));
    }
}
