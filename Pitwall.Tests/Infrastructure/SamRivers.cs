namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// Sam Rivers, the earlier tool's racer (Legacy/earlier_tool_rows.sql), in the app on an adopted
/// database of the test's own, with a browser switched to him as a racer would (POST
/// /profiles/switch). His rows exist only on that shape: his Mugen ('Saturday practice', 'Q2',
/// 'Sunday rounds', and the tool's results) and his Tekno (the draft 'Club night'). Ids are looked
/// up by name, never assumed.
/// </summary>
public sealed class SamRivers : IAsyncDisposable
{
    SamRivers(TestApp app, TestBrowser browser, int id, int mugen, int tekno)
    {
        App = app;
        Browser = browser;
        Id = id;
        Mugen = mugen;
        Tekno = tekno;
    }

    public TestApp App { get; }
    public TestBrowser Browser { get; }
    public int Id { get; }
    public int Mugen { get; }
    public int Tekno { get; }
    public string Db => App.ConnectionString;

    public static async Task<SamRivers> StartAsync()
    {
        var app = await TestApp.StartAsync(DatabaseShape.Adopted);
        var db = app.ConnectionString;
        var id = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM racer_profiles WHERE name = 'Sam Rivers'");
        var browser = new TestBrowser(app.Address);
        var switched = await browser.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = id.ToString() });
        if (!switched.IsSuccessStatusCode) throw new InvalidOperationException($"Switching to Sam Rivers answered {(int)switched.StatusCode}");
        return new SamRivers(app, browser, id,
            await TestPostgres.ScalarAsync<int>(db, $"SELECT id FROM vehicles WHERE profile_id = {id} AND brand = 'Mugen'"),
            await TestPostgres.ScalarAsync<int>(db, $"SELECT id FROM vehicles WHERE profile_id = {id} AND brand = 'Tekno'"));
    }

    /// <summary>His session of this name.</summary>
    public Task<int> SessionAsync(string name) =>
        TestPostgres.ScalarAsync<int>(Db, $"SELECT id FROM sessions WHERE profile_id = {Id} AND session_name = '{name}'");

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await App.DisposeAsync();
    }
}
