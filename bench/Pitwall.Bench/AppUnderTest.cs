using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pitwall.Bench;

/// <summary>The published app (Release), started as the image starts it, on a free loopback port.</summary>
public sealed class AppUnderTest : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _log = new();

    AppUnderTest(Process process, int port)
    {
        _process = process;
        Port = port;
        // Keep the startup log (it holds the migration time), not the request log of a load run.
        _process.OutputDataReceived += (_, e) => { lock (_log) if (_log.Length < 64 * 1024) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) if (_log.Length < 64 * 1024) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>Starts the app and waits for its first 200 on "/": returns the time from process start to that answer.</summary>
    public static async Task<(AppUnderTest App, TimeSpan FirstPage)> StartAsync(string publishDir, string connectionString)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = publishDir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("Pitwall.Web.dll");
        psi.Environment["DATABASE_URL"] = connectionString;
        psi.Environment["PORT"] = port.ToString();
        psi.Environment["PITWALL_HOST"] = "127.0.0.1";
        var clock = Stopwatch.StartNew();
        var app = new AppUnderTest(Process.Start(psi)!, port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (app._process.HasExited) throw new InvalidOperationException($"The app exited while starting:\n{app.Log}");
            try
            {
                if ((await http.GetAsync($"{app.BaseUrl}/")).StatusCode == HttpStatusCode.OK) return (app, clock.Elapsed);
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* not answering yet */ }
            await Task.Delay(10);
        }
        throw new TimeoutException($"No 200 within 60 s:\n{app.Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
