using System.Diagnostics;
using System.Text;

namespace Pitwall.E2E.Harness;

/// <summary>
/// The published app, started the way the Docker image's ENTRYPOINT starts it
/// (`dotnet Pitwall.Web.dll` in the publish folder, DATABASE_URL and PORT), on a free
/// loopback port against a database of the test's own. It can be restarted.
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    readonly StringBuilder _log = new();
    Process? _process;

    PublishedApp(string connectionString, int port)
    {
        ConnectionString = connectionString;
        Port = port;
    }

    public string ConnectionString { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string Log { get { lock (_log) return _log.ToString(); } }

    public static async Task<PublishedApp> StartAsync(string? connectionString = null)
    {
        var app = new PublishedApp(connectionString ?? await Database.CreateAsync(), Database.FreePort());
        await app.StartProcessAsync();
        return app;
    }

    public async Task RestartAsync()
    {
        await StopProcessAsync();
        await StartProcessAsync();
    }

    async Task StartProcessAsync()
    {
        var dll = Path.Combine(Paths.PublishedApp, "Pitwall.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: run `make test`, which publishes the app before the e2e tests.");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Paths.PublishedApp,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("Pitwall.Web.dll");
        psi.Environment["DATABASE_URL"] = ConnectionString;
        psi.Environment["PORT"] = Port.ToString();
        psi.Environment["PITWALL_HOST"] = "127.0.0.1";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    // Waits on the condition the host's health check uses, with a deadline, never a fixed sleep.
    async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} while starting:\n{Log}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* not answering yet */ }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app did not become healthy within 60 s:\n{Log}");
    }

    async Task StopProcessAsync()
    {
        if (_process is null || _process.HasExited) return;
        Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopProcessAsync();
        }
        finally
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
            _process?.Dispose();
        }
    }
}
