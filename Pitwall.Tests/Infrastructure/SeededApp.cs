namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// Two racers (Ana and Bruno), a browser on each, and a car each, over real HTTP, on a database of
/// either shape. On a fresh one Ana, the first racer, is the default; on an adopted one the
/// earlier tool's racers, cars, sessions, results and library entries are there too, and its
/// 'Default Racer' stays the default.
/// </summary>
public sealed class SeededApp : IAsyncDisposable
{
    SeededApp(TestApp app, DatabaseShape shape, TestBrowser ana, TestBrowser bruno, int anasCar, int brunosCar)
    {
        App = app;
        Shape = shape;
        Ana = ana;
        Bruno = bruno;
        AnasCar = anasCar;
        BrunosCar = brunosCar;
    }

    public TestApp App { get; }
    public DatabaseShape Shape { get; }
    public TestBrowser Ana { get; }
    public TestBrowser Bruno { get; }
    public int AnasCar { get; }
    public int BrunosCar { get; }

    public static async Task<SeededApp> StartAsync(DatabaseShape shape)
    {
        var app = await TestApp.StartAsync(shape);
        var ana = new TestBrowser(app.Address);
        var bruno = new TestBrowser(app.Address);
        await CreateAsync(ana, "/profiles", new() { ["Name"] = "Ana" });
        await CreateAsync(bruno, "/profiles", new() { ["Name"] = "Bruno" });
        await CreateAsync(ana, "/shop-master/cars", new() { ["Brand"] = "Mugen", ["Model"] = "MBX8R" });
        await CreateAsync(bruno, "/shop-master/cars", new() { ["Brand"] = "Xray", ["Model"] = "XB8" });
        return new SeededApp(app, shape, ana, bruno, await CarOfAsync(app, "Ana"), await CarOfAsync(app, "Bruno"));
    }

    static Task<int> CarOfAsync(TestApp app, string racer) => TestPostgres.ScalarAsync<int>(app.ConnectionString,
        $"SELECT min(v.id) FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id WHERE r.name = '{racer}'");

    /// <summary>Ana starts a session (➕ New Session with these fields): its draft's id.</summary>
    public async Task<int> AnasDraftAsync(Dictionary<string, string> newSession)
    {
        await CreateAsync(Ana, "/event-setup/sessions", newSession);
        return await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT max(id) FROM sessions");
    }

    /// <summary>Ana's session of her car, locked, with a result (heat Q1), saved to the library: what every view can show.</summary>
    public async Task<(int Session, int Result, int Entry)> AnasRacedSessionAsync()
    {
        var session = await AnasDraftAsync(new()
        {
            ["CarId"] = $"{AnasCar}", ["SessionName"] = "Raced", ["Type"] = "Practice", ["Date"] = "2026-12-06",
        });
        await CreateAsync(Ana, $"/event-setup/sessions/{session}/lock", new() { ["SessionName"] = "Raced", ["Type"] = "Practice", ["Date"] = "2026-12-06" });
        await CreateAsync(Ana, $"/event-setup/sessions/{session}/results", new() { ["Heat"] = "Q1", ["LapTimes"] = "24.5\n24.6" });
        await CreateAsync(Ana, "/library/save", new() { ["Session"] = $"{session}", ["TrackName"] = "Thunder Alley" });
        return (session,
            await TestPostgres.ScalarAsync<int>(App.ConnectionString, $"SELECT max(id) FROM race_results WHERE session_id = {session}"),
            await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT max(id) FROM master_library"));
    }

    static async Task CreateAsync(TestBrowser browser, string path, Dictionary<string, string> form)
    {
        var response = await browser.HtmxPostAsync(path, form);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Every car and session in the database (the earlier tool's included), to show that nothing changed.</summary>
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
