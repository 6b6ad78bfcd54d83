using System.Text;
using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>
/// Checklist 7. What changed: two sessions with different shock oils and results, one closed as a
/// success; the change with its delta and outcome; the two compared; one made the baseline; the
/// session printed on one A4 page. The Changes view and Compare also fit a 390 px phone.
/// </summary>
public sealed partial class WhatChangedTests : BrowserTest
{
    /// <summary>On the earlier tool's database, beside its racers, sessions, results and change log.</summary>
    protected override DatabaseShape Shape => DatabaseShape.Adopted;

    const string AnasCar = "(SELECT v.id FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id WHERE r.name = 'Ana')";

    /// <summary>A baseline of a dozen parameters, so that compare has packages to match.</summary>
    const string Baseline = """
        {"front": {"shock_oil": 450, "spring": "Blue", "sway_bar": 2.3, "pistons": "1.2x4", "toe": -1, "camber": -2, "ride_height": 27},
         "rear": {"shock_oil": 400, "spring": "Green", "sway_bar": 2.5, "pistons": "1.2x4", "toe": 3, "camber": -2, "ride_height": 28},
         "diffs": {"front": 7000, "center": 10000, "rear": 3000}, "tires": {"tread": "Chunky", "compound": "Green"},
         "power": {"engine": "REDS", "bell": 13, "spur": 48}}
        """;

    /// <summary>A draft of the Mugen: the baseline's setup with the front shock oil given, as ➕ New Session leaves it once edited.</summary>
    async Task<int> SeedDraftAsync(string name, string date, int shockOil)
    {
        await TestPostgres.ExecuteAsync(App.ConnectionString, $$"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, track_size, traction, status, actual_setup)
            SELECT v.profile_id, v.id, '{{name}}', 'Practice', '{{date}}', 'Thunder Alley', 'Large', 'High', 'draft',
                   '{"DF": 7000, "DC": 10000, "DR": 3000, "SO_F": {{shockOil}}, "SP_F": "Blue", "SB_F": 2.3, "P_F": "1.2x4", "Toe_F": -1, "C_F": -2, "RH_F": 27,
                     "SO_R": 400, "SP_R": "Green", "SB_R": 2.5, "P_R": "1.2x4", "Toe_R": 3, "C_R": -2, "RH_R": 28,
                     "Tread": "Chunky", "Compound": "Green", "Engine": "REDS", "Bell": 13, "Spur": 48}'
            FROM vehicles v WHERE v.id = {{AnasCar}}
            """);
        return await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT max(id) FROM sessions");
    }

    Task SeedResultAsync(int session, string laps) => TestPostgres.ExecuteAsync(App.ConnectionString,
        $"INSERT INTO race_results (session_id, profile_id, heat_name, lap_times, laps_completed, best_lap) SELECT {session}, (SELECT profile_id FROM sessions WHERE id = {session}), 'A-Main', '{laps}', 4, min(x::numeric) FROM jsonb_array_elements_text('{laps}') x");

    async Task LockAsync(IPage page, int session)
    {
        await page.GotoAsync($"/event-setup/sessions/{session}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock Config" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close Session" })).ToBeVisibleAsync();
    }

    /// <summary>Ana's Mugen with two locked sessions (shock oil 500, then 550) and a result each: the two ids.</summary>
    async Task<(IPage Page, int First, int Second)> TwoRacedSessionsAsync(BrowserNewContextOptions? device = null)
    {
        await SeedRacersAsync("Ana");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", baseline: Baseline);
        var first = await SeedDraftAsync("Club practice", "2026-11-14", 500);
        var second = await SeedDraftAsync("Club race", "2026-11-21", 550);
        var page = device is null ? await NewBrowserPageAsync() : await NewBrowserPageAsync(device);
        await LockAsync(page, first);
        await LockAsync(page, second);
        await SeedResultAsync(first, "[24.6, 24.5, 24.7, 24.8]");
        await SeedResultAsync(second, "[24.2, 24.1, 24.3, 24.4]");
        return (page, first, second);
    }

    [Fact]
    public Task TwoSessions_OneClosedAsASuccess_TheChangeItsDeltaAndOutcome_ComparedMadeTheBaselineAndPrinted() => StepsAsync(async () =>
    {
        var (page, first, second) = await TwoRacedSessionsAsync();

        // Close the second session as a success.
        await page.GotoAsync($"/event-setup/sessions/{second}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close Session" }).ClickAsync();
        await page.GetByLabel("Rating").SelectOptionAsync("5");
        await page.GetByLabel("What the car did").SelectOptionAsync("Corner exit");
        await page.GetByLabel("Observation").FillAsync("Planted on the exit of the double");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close session" }).ClickAsync();
        await Expect(page.GetByText("Closed · rated 5/5 · Corner exit")).ToBeVisibleAsync();

        // The change, its delta (24.1 − 24.5) and outcome, in the car's Changes view.
        await page.GotoAsync("/shop-master");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changes of Mugen MBX8R" }).ClickAsync();
        var changes = page.GetByRole(AriaRole.Table, new() { Name = "Changes, newest first (delta: best lap after − before; negative is faster)" });
        var newest = changes.GetByRole(AriaRole.Row).Nth(1);
        await Expect(newest).ToContainTextAsync("Front shock oil (cSt)");
        await Expect(newest).ToContainTextAsync("500 → 550");
        await Expect(newest).ToContainTextAsync("−0.400");
        await Expect(newest).ToContainTextAsync("success");
        await Expect(changes.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("450 → 500");
        await page.GetByLabel("Parameter").SelectOptionAsync("SO_F");
        await Expect(page).ToHaveURLAsync(new Regex("parameter=SO_F"));
        await page.GetByRole(AriaRole.Region, new() { Name = "Changes: Mugen MBX8R" }).ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "changes.png") });

        // Compare the two sessions, from the second one's "Compare".
        await page.GotoAsync($"/event-setup/sessions/{second}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "With the previous session (2026-11-14 Club practice)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Compare setups" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/compare\\?a=session-{first}&b=session-{second}$"));
        // 22 parameters set on both sides, one differs: 21/22 = 95 %; Suspension 7/8 = 88 %.
        await Expect(page.GetByText("Match 95 %", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Suspension · match 88 %" })).ToContainTextAsync("+50");
        await page.GetByRole(AriaRole.Region, new() { Name = "Compare setups" }).ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "compare.png") });

        // Make the second session the baseline (asks first): the one it replaces is kept.
        await page.GotoAsync($"/event-setup/sessions/{second}");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make baseline" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is now the car's baseline" })).ToBeVisibleAsync();
        Assert.Equal("550", await TestPostgres.ScalarAsync<string>(App.ConnectionString, $"SELECT baseline_setup #>> '{{front,shock_oil}}' FROM vehicles WHERE id = {AnasCar}"));
        Assert.Equal(2L, await TestPostgres.ScalarAsync<long>(App.ConnectionString, $"SELECT count(*) FROM baseline_history WHERE vehicle_id = {AnasCar}"));

        // Print: its own page, one A4 sheet, no buttons in print.
        await page.GetByRole(AriaRole.Link, new() { Name = "🖨 Print" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Club race" })).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "🖨 Print" })).ToBeHiddenAsync();
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4", PrintBackground = true }));
        Assert.Single(PageObject().Matches(pdf));
    });

    [Fact]
    public Task TheChangesViewAndCompare_FitAPhone() => StepsAsync(async () =>
    {
        var phone = new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
        };
        var (page, first, second) = await TwoRacedSessionsAsync(phone);
        var car = await TestPostgres.ScalarAsync<int>(App.ConnectionString, $"SELECT {AnasCar}");

        await page.GotoAsync($"/shop-master/cars/{car}/changes");
        await Expect(page.GetByText("500 → 550")).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollAsync(page);

        await page.GotoAsync($"/compare?a=session-{first}&b=session-{second}");
        await Expect(page.GetByText(MatchOverall())).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollAsync(page);

        await page.GotoAsync($"/shop-master/cars/{car}/baselines");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Baselines: Mugen MBX8R" })).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollAsync(page);
    });

    static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page is {scrollWidth} px wide on a 390 px phone");
    }

    // The overall match, as the racer reads it ("Match 95 %"), not a package's ("Suspension · match 88 %").
    [GeneratedRegex(@"^Match \d+ %$")]
    private static partial Regex MatchOverall();

    // A page object of the PDF ("/Type /Page"), not the page tree ("/Type /Pages").
    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
