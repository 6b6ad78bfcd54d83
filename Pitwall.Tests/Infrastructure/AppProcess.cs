using System.Diagnostics;
using System.Text;

namespace Pitwall.Tests.Infrastructure;

/// <summary>Runs Pitwall.Web as its own process (the verbs, startup failures), capturing its output.</summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public string All => StdOut + StdErr;
    }

    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "Pitwall.Web.dll");

    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string?> env, params string[] args) =>
        RunInAsync(AppContext.BaseDirectory, env, args);

    /// <summary>Runs a verb from a folder of the caller's choosing (a working copy, for the embedded database).</summary>
    public static async Task<Result> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string?> env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(WebDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("DATABASE_URL");
        foreach (var (k, v) in env) psi.Environment[k] = v;

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static Dictionary<string, string?> WithDatabase(string connectionString) => new() { ["DATABASE_URL"] = connectionString };
}
