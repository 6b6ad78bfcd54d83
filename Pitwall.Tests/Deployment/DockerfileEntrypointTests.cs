using System.Text.Json;
using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Deployment;

/// <summary>
/// Docker has no engine here, so the image is tested the way its ENTRYPOINT runs it: the
/// `dotnet publish` output (which `make test` writes to publish/web, as the Dockerfile's build
/// stage writes /app), started with the final stage's WORKDIR, ENV and ENTRYPOINT read from the Dockerfile.
/// </summary>
public sealed partial class DockerfileEntrypointTests
{
    sealed record Stage(Dictionary<string, string?> Env, string[] Entrypoint, string? User);

    static string Root => RepoPaths.Root;
    static string Published => RepoPaths.PublishedApp;

    static Stage FinalStage()
    {
        var text = File.ReadAllText(Path.Combine(Root, "Dockerfile")).Replace("\\\n", " ");
        var final = text[text.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        var env = new Dictionary<string, string?>();
        foreach (Match line in EnvLine().Matches(final))
            foreach (Match pair in EnvPair().Matches(line.Groups[1].Value))
                env[pair.Groups[1].Value] = pair.Groups[2].Value;
        var entry = JsonSerializer.Deserialize<string[]>(EntrypointLine().Match(final).Groups[1].Value)!;
        var user = UserLine().Match(final) is { Success: true } u ? u.Groups[1].Value : null;
        Assert.Equal("/app", WorkdirLine().Match(final).Groups[1].Value.Trim());
        return new Stage(env, entry, user);
    }

    static ServerProcess StartLikeTheImage(Stage stage, Dictionary<string, string?> extra)
    {
        var dll = Path.Combine(Published, "Pitwall.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: `make test` publishes the app before the tests.");
        Assert.Equal(["dotnet", "Pitwall.Web.dll"], stage.Entrypoint);
        var env = new Dictionary<string, string?>(stage.Env);
        // Loopback only on this machine: the one deliberate difference from the image (0.0.0.0).
        env["PITWALL_HOST"] = "127.0.0.1";
        foreach (var (k, v) in extra) env[k] = v;
        return ServerProcess.Start(dll, env, TestPostgres.FreePort(), workingDirectory: Published, stage.Entrypoint[2..]);
    }

    [Fact]
    public async Task AnEmptyAspNetCoreUrls_CountsAsUnset_AndTheAppServesOnPort()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await using var app = StartLikeTheImage(FinalStage(), new() { ["DATABASE_URL"] = db, ["ASPNETCORE_URLS"] = "" });

        await app.WaitUntilHealthyAsync();

        Assert.DoesNotContain(app.Lines, l => l.Contains("beyond this machine"));
        Assert.Contains(app.Lines, l => l.Contains($"http://127.0.0.1:{app.Port}"));
    }

    [Fact]
    public async Task ThePublishedApp_StartedAsTheEntrypointDoes_MigratesServesAndLogsJson()
    {
        var stage = FinalStage();
        Assert.NotNull(stage.User);
        var db = await TestPostgres.CreateDatabaseAsync();
        var withPassword = new Npgsql.NpgsqlConnectionStringBuilder(db) { Password = "not-logged-s3cret" }.ConnectionString;
        await using var app = StartLikeTheImage(stage, new() { ["DATABASE_URL"] = withPassword });

        await app.WaitUntilHealthyAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var page = await http.GetStringAsync("/");
        // The fingerprinted URL the page names: MapStaticAssets found its manifest in the publish output.
        var script = ScriptSrc().Match(page).Groups[1].Value;
        var htmx = await http.GetAsync(script);
        await app.WaitForLogAsync($"\"RequestPath\":\"{script}\"");

        Assert.Contains("Welcome to Pitwall", page);
        Assert.Matches(@"^/lib/htmx/htmx\.min\.[a-z0-9]{10}\.js$", script);
        Assert.True(htmx.IsSuccessStatusCode);
        var events = app.Lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(app.Lines.Count, events.Count);
        var request = events.First(e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/");
        Assert.Equal("GET", request.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
        Assert.True(request.GetProperty("Elapsed").GetDouble() >= 0);
        Assert.Contains(events, e => e.GetProperty("@m").GetString()!.StartsWith("Database migrated to version", StringComparison.Ordinal));
        Assert.Contains("password=***", app.Log);
        Assert.DoesNotContain("not-logged-s3cret", app.Log);
    }

    [Fact]
    public async Task WithoutDatabaseUrl_TheImageSaysSoInOneLine_AndExitsNonZero()
    {
        await using var app = StartLikeTheImage(FinalStage(), new());

        var exit = await app.WaitForExitAsync();

        Assert.NotEqual(0, exit);
        var line = Assert.Single(app.Lines);
        Assert.Contains("DATABASE_URL is not set", line);
    }

    [Fact]
    public async Task ListeningOnAllAddressesAsTheImageDoes_WithoutAKey_ItRefusesToStart_AndWithOneItServes()
    {
        var stage = FinalStage();
        var db = await TestPostgres.CreateDatabaseAsync();
        Assert.Equal("0.0.0.0", stage.Env["PITWALL_HOST"]);
        var asTheImage = new Dictionary<string, string?> { ["PITWALL_HOST"] = stage.Env["PITWALL_HOST"], ["DATABASE_URL"] = db };

        await using (var open = StartLikeTheImage(stage, asTheImage))
        {
            Assert.Equal(1, await open.WaitForExitAsync());
            var line = Assert.Single(open.Lines);
            Assert.Contains("PITWALL_ACCESS_KEY", line);
            Assert.Contains("PITWALL_OPEN_ACCESS=true", line);
        }
        await using var keyed = StartLikeTheImage(stage, new(asTheImage) { ["PITWALL_ACCESS_KEY"] = "team-key" });
        await keyed.WaitUntilHealthyAsync();
    }

    [GeneratedRegex(@"(?m)^ENV\s+(.+)$")]
    private static partial Regex EnvLine();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S*)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"(?m)^ENTRYPOINT\s+(\[.*\])\s*$")]
    private static partial Regex EntrypointLine();

    [GeneratedRegex(@"(?m)^WORKDIR\s+(.+)$")]
    private static partial Regex WorkdirLine();

    [GeneratedRegex(@"(?m)^USER\s+(.+)$")]
    private static partial Regex UserLine();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSrc();
}
