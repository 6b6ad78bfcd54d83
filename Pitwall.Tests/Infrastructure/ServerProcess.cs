using System.Diagnostics;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// Pitwall running as a process of its own (as in production): started with a working
/// directory, environment and arguments, its log collected line by line, waited on by
/// condition (a log line, a healthy /healthz, its exit), stopped with SIGTERM.
/// Shared with the e2e project, which links this file.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    readonly List<string> _lines = [];
    readonly Process _process;

    ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public IReadOnlyList<string> Lines { get { lock (_lines) return _lines.ToList(); } }
    public string Log => string.Join('\n', Lines);

    /// <param name="dll">Path of Pitwall.Web.dll; its folder is the working directory unless given.</param>
    public static ServerProcess Start(string dll, IReadOnlyDictionary<string, string?> env, int port, string? workingDirectory = null, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("DATABASE_URL");
        psi.Environment["PITWALL_HOST"] = "127.0.0.1";
        foreach (var (k, v) in env) psi.Environment[k] = v;
        psi.Environment["PORT"] = port.ToString();
        return new ServerProcess(Process.Start(psi)!, port);
    }

    void Add(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add(line);
    }

    /// <summary>Waits until a log line contains the text; fails with the log if the process exits or time runs out.</summary>
    public async Task<string> WaitForLogAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (Lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } found) return found;
            if (_process.HasExited && Lines.All(l => !l.Contains(text, StringComparison.Ordinal)))
                throw new InvalidOperationException($"Exited with {_process.ExitCode} before logging \"{text}\":\n{Log}");
            await Task.Delay(50);
        }
        throw new TimeoutException($"No log line with \"{text}\":\n{Log}");
    }

    public async Task WaitUntilHealthyAsync(TimeSpan? timeout = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Exited with {_process.ExitCode} while starting:\n{Log}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* not answering yet */ }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Not healthy in time:\n{Log}");
    }

    public void Terminate() => Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();

    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Terminate();
            try { await WaitForExitAsync(TimeSpan.FromSeconds(30)); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }
}
