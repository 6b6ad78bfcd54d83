using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using System.Runtime.CompilerServices;

namespace Pitwall.E2E.Harness;

/// <summary>
/// Base of every checklist test: the published app on its own database, Debian's Chromium
/// (installed by `make test`; Playwright cannot download browsers here), and a screenshot of
/// every open page under e2e/test-results/ when a step fails.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    readonly List<IPage> _pages = [];
    IPlaywright? _playwright;

    protected PublishedApp App { get; private set; } = null!;
    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: `make test` installs it (apt-get install chromium).");
        // Expectations wait for what the person would see; as the page timeout, sized for a loaded machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        App = await PublishedApp.StartAsync(await DatabaseAsync(), AppSettings);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// The database the section runs on: empty (the app migrates it as it starts), or the earlier
    /// tool's (its schema file with the ORP fields, and its rows), which the app adopts as it starts.
    /// </summary>
    protected virtual DatabaseShape Shape => DatabaseShape.Fresh;

    async Task<string> DatabaseAsync()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        if (Shape == DatabaseShape.Adopted) await EarlierToolDatabase.CreateAsync(db, Phase44State.DeclaredBySchemaFile, orpFields: true);
        return db;
    }

    /// <summary>The app's environment beyond its database and port, for a section that needs one (the access key).</summary>
    protected virtual IReadOnlyDictionary<string, string?> AppSettings { get; } = new Dictionary<string, string?>();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies: a new browser, as far as the app can tell) with one page.</summary>
    protected Task<IPage> NewBrowserPageAsync() => NewBrowserPageAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1100, Height = 760 } });

    /// <param name="options">The device: a laptop's window by default, a phone's screen (IsMobile, HasTouch) for checklist 10.</param>
    protected async Task<IPage> NewBrowserPageAsync(BrowserNewContextOptions options)
    {
        options.BaseURL = App.BaseUrl;
        var context = await Browser.NewContextAsync(options);
        // Generous: on a loaded 2-core machine (the app, PostgreSQL and Chromium share it) a page
        // has been seen to take 10 s. Every wait is still on a condition; a real failure fails, later.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        _pages.Add(page);
        return page;
    }

    /// <summary>Runs the steps; when one fails, saves a screenshot of every page and the app's log, then rethrows.</summary>
    protected async Task StepsAsync(Func<Task> steps, [CallerMemberName] string test = "")
    {
        try
        {
            await steps();
        }
        catch
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                if (_pages[i].IsClosed) continue;
                await _pages[i].ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, $"{GetType().Name}.{test}.{i}.png"), FullPage = true });
            }
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Results, $"{GetType().Name}.{test}.app.log"), App.Log);
            throw;
        }
    }

    /// <summary>Racers created straight in the database; the first becomes the default (on an adopted database, instead of its own).</summary>
    protected Task SeedRacersAsync(params string[] names) => TestPostgres.ExecuteAsync(App.ConnectionString,
        "UPDATE racer_profiles SET is_default = false WHERE is_default; INSERT INTO racer_profiles (name, is_default, created_at) VALUES "
        + string.Join(", ", names.Select((n, i) => $"('{n.Replace("'", "''")}', {(i == 0 ? "true" : "false")}, now() + interval '{i} seconds')")));

    /// <summary>A car for a racer, straight in the database, with a baseline setup (JSON).</summary>
    protected Task SeedCarAsync(string racer, string brand, string model, string? nickname = null, string baseline = "{}") =>
        TestPostgres.ExecuteAsync(App.ConnectionString,
            $"INSERT INTO vehicles (profile_id, brand, model, nickname, baseline_setup) SELECT id, '{brand}', '{model}', "
            + $"{(nickname is null ? "NULL" : $"'{nickname}'")}, '{baseline}' FROM racer_profiles WHERE name = '{racer}'");

    protected static ILocator Switcher(IPage page) => page.GetByLabel("Active racer");

    /// <summary>Chooses the racer in the switcher (by id: the default's label carries a ⭐) and waits for the panel to follow.</summary>
    protected async Task SwitchToAsync(IPage page, string racer)
    {
        var id = await TestPostgres.ScalarAsync<int>(App.ConnectionString, $"SELECT id FROM racer_profiles WHERE name = '{racer.Replace("'", "''")}'");
        await Switcher(page).SelectOptionAsync(id.ToString());
        await ExpectActiveRacerAsync(page, racer);
    }

    protected static ILocator FleetPanel(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Shop Master", Exact = true });
    protected static ILocator EventSetupPanel(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Event Setup", Exact = true });

    /// <summary>A field of the setup sheet, found by its group and label as the racer reads them.</summary>
    protected static ILocator SheetField(IPage page, string group, string label) =>
        page.GetByRole(AriaRole.Group, new() { Name = group }).GetByLabel(label, new() { Exact = true });

    /// <summary>Waits until the main area's panel names this racer ("Racer Ana", "Fleet of Ana"): it follows every switch.</summary>
    protected static Task ExpectActiveRacerAsync(IPage page, string racer) =>
        Expect(page.GetByRole(AriaRole.Main).GetByText(new Regex($"^(Racer|Fleet of) {Regex.Escape(racer)}$"))).ToBeVisibleAsync();
}
