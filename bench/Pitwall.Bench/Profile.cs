using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pitwall.Bench;

/// <summary>Where the app's time goes under load: each category's share of the sampled thread time that ran managed code.</summary>
public sealed record ProfileResult(string Fragment, int Connections, double SampledMs, IReadOnlyList<(string Category, double Share)> Shares);

/// <summary>
/// dotnet-trace (a local tool, `.config/dotnet-tools.json`) samples the app's thread stacks at about
/// 100 Hz while wrk drives one fragment. A sample counts when its thread was running managed code
/// (CPU_TIME, not a blocked or native frame) and goes to the innermost frame that names a category:
/// Razor rendering that asks for an antiforgery token counts as antiforgery, a socket send under
/// Npgsql as Npgsql. Shares are of all such samples, so idle spinning of the thread pool shows too.
/// </summary>
public static partial class Profiler
{
    static readonly (string Category, Regex Frame)[] Categories =
    [
        ("antiforgery tokens (data protection)", new(@"Antiforgery|DataProtection")),
        ("Npgsql, Dapper (SQL round trips)", new(@"^(Npgsql|Dapper)!")),
        ("logging (Serilog)", new(@"^Serilog")),
        ("Razor views, tag helpers", new(@"Mvc\.Razor|AspNetCoreGeneratedDocument|TagHelpers|Mvc\.ViewFeatures")),
        ("JSON (System.Text.Json)", new(@"System\.Text\.Json")),
        ("response compression", new(@"ResponseCompression|Brotli")),
        ("dependency injection", new(@"DependencyInjection|ResolveService")),
        ("rate limiting", new(@"RateLimiting")),
        ("MVC: routing, model binding, filters", new(@"AspNetCore\.Mvc|AspNetCore\.Routing")),
        ("Pitwall's own code", new(@"^Pitwall")),
        ("socket event loop (epoll)", new(@"SocketAsyncEngine\.EventLoop")),
        ("Kestrel: HTTP parsing, socket writes", new(@"Kestrel|System\.Net\.Sockets|System\.IO\.Pipelines")),
        ("other ASP.NET Core middleware", new(@"Microsoft\.AspNetCore")),
        ("thread pool spin-waiting for work", new(@"LowLevelLifoSemaphore|WaitHandle\.Wait|ManualResetEventSlim")),
        ("GC suspension", new(@"PollGC")),
    ];

    const string Unattributed = "unattributed (native runtime frames)";

    public static async Task<ProfileResult> RunAsync(string root, string workDir, int pid, string url, string lua, string fragment, int connections, int seconds)
    {
        var trace = Path.Combine(workDir, $"profile-{pid}-{connections}.nettrace");
        // The load outlasts the trace: dotnet-trace takes seconds to start and to write its rundown on a busy machine.
        var traced = Math.Max(seconds, 5);
        var load = Wrk.RunAsync(url, connections, traced + 20, lua);
        await Task.Delay(TimeSpan.FromSeconds(2)); // tracing starts once the load has reached its pace
        await Shell.RunAsync("dotnet", ["tool", "run", "dotnet-trace", "--", "collect", "-p", pid.ToString(CultureInfo.InvariantCulture),
            "--profile", "dotnet-sampled-thread-time", "--duration", $"00:00:00:{traced:00}", "-o", trace], workingDirectory: root);
        await load;
        await Shell.RunAsync("dotnet", ["tool", "run", "dotnet-trace", "--", "convert", trace, "--format", "Speedscope", "-o", trace], workingDirectory: root);
        var speedscope = Path.ChangeExtension(trace, ".speedscope.json");
        var (total, byCategory) = Attribute(speedscope);
        File.Delete(trace);
        File.Delete(speedscope);
        var shares = byCategory.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value / total)).ToList();
        return new ProfileResult(fragment, connections, total, shares);
    }

    /// <summary>Replays speedscope's open/close events per thread, charging each CPU_TIME interval to a category.</summary>
    static (double Total, Dictionary<string, double> ByCategory) Attribute(string speedscopeFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(speedscopeFile));
        var frames = document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() ?? "").ToArray();
        var categoryOfFrame = frames.Select(name => Categories.FirstOrDefault(c => c.Frame.IsMatch(name)).Category).ToArray();
        var byCategory = new Dictionary<string, double>();
        var total = 0.0;
        foreach (var profile in document.RootElement.GetProperty("profiles").EnumerateArray())
        {
            var stack = new List<int>();
            double? last = null;
            foreach (var e in profile.GetProperty("events").EnumerateArray())
            {
                var at = e.GetProperty("at").GetDouble();
                if (last is { } from && at > from && stack.Count > 1 && frames[stack[^1]] == "CPU_TIME")
                {
                    var category = Enumerable.Range(0, stack.Count - 1).Reverse().Select(i => categoryOfFrame[stack[i]]).FirstOrDefault(c => c is not null) ?? Unattributed;
                    byCategory[category] = byCategory.GetValueOrDefault(category) + (at - from);
                    total += at - from;
                }
                if (e.GetProperty("type").GetString() == "O") stack.Add(e.GetProperty("frame").GetInt32());
                else if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                last = at;
            }
        }
        return (total, byCategory);
    }
}
