using Pitwall.Tests.Infrastructure;

namespace Pitwall.E2E.Harness;

/// <summary>
/// The published app, started the way the Docker image's ENTRYPOINT starts it
/// (`dotnet Pitwall.Web.dll` in the publish folder, DATABASE_URL and PORT), on a free
/// loopback port against a database of the test's own. It can be restarted.
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    ServerProcess? _process;

    readonly IReadOnlyDictionary<string, string?> _settings;

    PublishedApp(string connectionString, int port, IReadOnlyDictionary<string, string?> settings)
    {
        ConnectionString = connectionString;
        Port = port;
        _settings = settings;
    }

    public string ConnectionString { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string Log => _process?.Log ?? "";

    /// <param name="settings">Environment beyond DATABASE_URL and PORT (PITWALL_ACCESS_KEY, say).</param>
    public static async Task<PublishedApp> StartAsync(string? connectionString = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new PublishedApp(connectionString ?? await TestPostgres.CreateDatabaseAsync(), TestPostgres.FreePort(), settings ?? new Dictionary<string, string?>());
        await app.StartProcessAsync();
        return app;
    }

    /// <summary>SIGTERM, wait for the exit, start again on the same database and port.</summary>
    public async Task RestartAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
        await StartProcessAsync();
    }

    async Task StartProcessAsync()
    {
        var dll = Path.Combine(RepoPaths.PublishedApp, "Pitwall.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: run `make test`, which publishes the app before the e2e tests.");
        var env = new Dictionary<string, string?>(_settings) { ["DATABASE_URL"] = ConnectionString };
        _process = ServerProcess.Start(dll, env, Port, RepoPaths.PublishedApp);
        await _process.WaitUntilHealthyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
    }
}
