using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Bench;

/// <summary>Runs a command line tool to completion and hands back what it printed.</summary>
public static class Shell
{
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, IDictionary<string, string>? env = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', psi.ArgumentList)} failed:\n{output}");
        return output;
    }
}

public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

/// <summary>wrk (Debian's): requests per second, latency percentiles and errors of one endpoint.</summary>
public static partial class Wrk
{
    public static async Task<LoadResult> RunAsync(string url, int connections, int seconds, string luaScript)
    {
        var output = await Shell.RunAsync("wrk",
        [
            "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{seconds}s", "--latency", "--timeout", "5s", "-s", luaScript, url,
        ]);
        double Number(Regex r) => double.Parse(r.Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        long Count(Regex r) => r.Match(output) is { Success: true } m ? m.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;
        return new LoadResult(Number(Rps()), Millis(output, "50%"), Millis(output, "99%"), Count(Non2xx()) + Count(SocketErrors()));
    }

    static double Millis(string output, string percentile)
    {
        var m = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

public sealed record PgBenchResult(double Tps, double LatencyMs);

/// <summary>pgbench running SQL files with prepared statements, as the app's Npgsql runs them (Max Auto Prepare).</summary>
public static partial class PgBench
{
    public static async Task<PgBenchResult> RunAsync(string bin, int port, string database, int clients, int seconds, IEnumerable<string> scripts)
    {
        var args = new List<string>
        {
            "-n", "-M", "prepared", "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "pitwall",
            "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(2, clients).ToString(CultureInfo.InvariantCulture),
            // Its rate leaves out the time to connect, but -T counts it: 32 backends forked on a busy machine can take seconds.
            "-T", (seconds + 2).ToString(CultureInfo.InvariantCulture),
        };
        foreach (var script in scripts) args.AddRange(["-f", script]);
        args.Add(database);
        var output = await Shell.RunAsync(Path.Combine(bin, "pgbench"), args);
        if (!Tps().IsMatch(output) || !Latency().IsMatch(output))
            throw new InvalidOperationException($"pgbench finished no transaction in {seconds} s at {clients} clients (a longer BENCH_SECONDS?):\n{output}");
        return new PgBenchResult(
            double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(Latency().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"latency average = ([\d.]+) ms")]
    private static partial Regex Latency();
}
