using System.Diagnostics;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>
/// `make run`, the README's main command, runs what the image runs: the Release build published
/// to publish/web (precompressed, fingerprinted htmx with immutable caching, as
/// BytesOnTheWireTests measures on that same folder), not a Debug build from bin/.
/// </summary>
public sealed class MakeRunTests
{
    [Fact]
    public async Task MakeRun_PublishesTheReleaseBuild_AndServesItFromThePublishFolder()
    {
        var start = new ProcessStartInfo("make") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--dry-run", "run" }) start.ArgumentList.Add(a);
        using var make = Process.Start(start)!;
        var output = await make.StandardOutput.ReadToEndAsync();
        await make.WaitForExitAsync();

        Assert.Equal(0, make.ExitCode);
        Assert.Contains("dotnet publish Pitwall.Web/Pitwall.Web.csproj -c Release -o publish/web", output);
        Assert.Contains("cd publish/web && dotnet Pitwall.Web.dll serve", output);
        Assert.DoesNotContain("bin/Debug", output);
    }
}
