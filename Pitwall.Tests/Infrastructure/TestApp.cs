using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;
using Pitwall.Web;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel in this process, on a free loopback port, against a database of
/// the test's own: HTTP tests speak to it as a browser would, cookies included.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    readonly WebApplication _app;

    TestApp(WebApplication app, string connectionString, Uri address)
    {
        _app = app;
        ConnectionString = connectionString;
        Address = address;
    }

    public string ConnectionString { get; }
    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>The app on a migrated database of its own, of either shape.</summary>
    /// <param name="settings">Configuration as the environment would give it (PITWALL_FORWARDED_HEADERS=true, say).</param>
    public static async Task<TestApp> StartAsync(DatabaseShape shape, params string[] settings) =>
        await StartAsync(await TestDatabases.CreateAsync(shape), migrate: false, settings);

    /// <param name="migrate">False leaves the database as it is, for tests of an unmigrated one.</param>
    /// <param name="settings">Configuration as the environment would give it (PITWALL_FORWARDED_HEADERS=true, say).</param>
    public static async Task<TestApp> StartAsync(string? connectionString = null, bool migrate = true, params string[] settings)
    {
        connectionString ??= await TestPostgres.CreateDatabaseAsync();
        if (migrate) new Migrator(connectionString, NullLogger.Instance).Migrate();
        var app = PitwallApp.Build(["--urls", "http://127.0.0.1:0", .. settings.Select(s => "--" + s)], connectionString);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp(app, connectionString, new Uri(address));
    }

    /// <summary>A client with a cookie jar of its own: one browser.</summary>
    public HttpClient NewBrowser(bool followRedirects = true) =>
        new(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = followRedirects }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
