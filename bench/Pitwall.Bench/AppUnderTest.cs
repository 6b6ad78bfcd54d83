using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pitwall.Bench;

/// <summary>The published app (Release), started as the image starts it, on a free loopback port.</summary>
public sealed class AppUnderTest : IAsyncDisposable
{
    readonly Process _process;
    readonly string _logFile;

    AppUnderTest(Process process, int port, string logFile)
    {
        _process = process;
        Port = port;
        _logFile = logFile;
    }

    public int Port { get; }

    /// <summary>The app's own process (the shell execs dotnet), for dotnet-trace.</summary>
    public int ProcessId => _process.Id;
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>What the app logged so far (it writes to a file, as a host's log collector would read it).</summary>
    public string Log
    {
        get
        {
            using var stream = new FileStream(_logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }
    }

    /// <summary>Starts the app and waits for its first 200 on "/": returns the time from process start to that answer.</summary>
    public static async Task<(AppUnderTest App, TimeSpan FirstPage)> StartAsync(string publishDir, string connectionString)
    {
        var port = FreePort();
        var logFile = Path.Combine(Path.GetTempPath(), $"pitwall-bench-{port}.log");
        File.WriteAllText(logFile, "");
        // stdout to a file, not a pipe this process must keep draining while wrk runs.
        var psi = new ProcessStartInfo("/bin/sh") { WorkingDirectory = publishDir };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"exec dotnet Pitwall.Web.dll >> '{logFile}' 2>&1");
        psi.Environment["DATABASE_URL"] = connectionString;
        psi.Environment["PORT"] = port.ToString();
        psi.Environment["PITWALL_HOST"] = "127.0.0.1";
        // wrk drives one address far faster than any person: the per-client limits would answer 429s.
        psi.Environment["PITWALL_WRITES_PER_MINUTE"] = "0";
        psi.Environment["PITWALL_CREATES_PER_HOUR"] = "0";
        var clock = Stopwatch.StartNew();
        var app = new AppUnderTest(Process.Start(psi)!, port, logFile);
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
