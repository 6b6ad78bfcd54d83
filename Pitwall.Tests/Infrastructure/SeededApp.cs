namespace Pitwall.Tests.Infrastructure;

/// <summary>Two racers (Ana, the default, and Bruno), a browser on each, and a car each, over real HTTP.</summary>
public sealed class SeededApp : IAsyncDisposable
{
    SeededApp(TestApp app, TestBrowser ana, TestBrowser bruno, int anasCar, int brunosCar)
    {
        App = app;
        Ana = ana;
        Bruno = bruno;
        AnasCar = anasCar;
        BrunosCar = brunosCar;
    }

    public TestApp App { get; }
    public TestBrowser Ana { get; }
    public TestBrowser Bruno { get; }
    public int AnasCar { get; }
    public int BrunosCar { get; }

    public static async Task<SeededApp> StartAsync()
    {
        var app = await TestApp.StartAsync();
        var ana = new TestBrowser(app.Address);
        var bruno = new TestBrowser(app.Address);
        await CreateAsync(ana, "/profiles", new() { ["Name"] = "Ana" });
        await CreateAsync(bruno, "/profiles", new() { ["Name"] = "Bruno" });
        await CreateAsync(ana, "/shop-master/cars", new() { ["Brand"] = "Mugen", ["Model"] = "MBX8R" });
        await CreateAsync(bruno, "/shop-master/cars", new() { ["Brand"] = "Xray", ["Model"] = "XB8" });
        var ids = await TestPostgres.ScalarAsync<int[]>(app.ConnectionString, "SELECT array_agg(id ORDER BY id) FROM vehicles");
        return new SeededApp(app, ana, bruno, ids[0], ids[1]);
    }

    /// <summary>Ana starts a session (➕ New Session with these fields): its draft's id.</summary>
    public async Task<int> AnasDraftAsync(Dictionary<string, string> newSession)
    {
        await CreateAsync(Ana, "/event-setup/sessions", newSession);
        return await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT max(id) FROM sessions");
    }

    static async Task CreateAsync(TestBrowser browser, string path, Dictionary<string, string> form)
    {
        var response = await browser.HtmxPostAsync(path, form);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public Task<string> Snapshot() => TestPostgres.ScalarAsync<string>(App.ConnectionString, """
        SELECT (SELECT string_agg(row(v.*)::text, E'\n' ORDER BY id) FROM vehicles v) || E'\n' ||
               coalesce((SELECT string_agg(row(s.id, s.session_name, s.status, s.actual_setup)::text, E'\n' ORDER BY id) FROM sessions s), '')
        """);

    public async ValueTask DisposeAsync()
    {
        Ana.Dispose();
        Bruno.Dispose();
        await App.DisposeAsync();
    }
}
