using System.Text.RegularExpressions;
using Pitwall.E2E.Harness;
using Pitwall.Tests.Infrastructure;
using Pitwall.Tests.Results.Timing;

namespace Pitwall.E2E;

/// <summary>
/// Checklist 12. Results from the timing system: paste a 12-driver LiveRC result into ➕ Add Result,
/// confirm the racer Pitwall suggests, see where he stands (place, gaps, the field chart), and paste
/// a second heat, which needs one click. On a fresh database: the racer is Marco Delgado, third in
/// the sample's A-Main, so every gap (to the winner, the fastest lap, the car ahead) has a value;
/// the earlier tool's own racer, Sam Rivers, won that A-Main and has none, and the adopted shape's
/// reads of a stored heat are proven over HTTP (TimingResultsEndpointTests, EarlierToolTimingResultsTests).
/// </summary>
public sealed class TimingResultsTests : BrowserTest
{
    protected override DatabaseShape Shape => DatabaseShape.Fresh;

    async Task<IPage> MarcosSessionAsync()
    {
        await SeedRacersAsync("Marco Delgado");
        await SeedCarAsync("Marco Delgado", "Mugen", "MBX8R");
        await TestPostgres.ExecuteAsync(App.ConnectionString, """
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, status)
            SELECT v.profile_id, v.id, 'Club race', 'Main', '2026-03-14', 'active' FROM vehicles v
            """);
        var session = await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT max(id) FROM sessions");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync($"/event-setup/sessions/{session}");
        return page;
    }

    /// <summary>➕ Add Result, then the paste: filled into the box as a paste fills it, and the paste event that reads it.</summary>
    static async Task PasteAsync(IPage page, string text)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ Add Result" }).ClickAsync();
        var box = page.GetByLabel("Results or lap times", new() { Exact = true });
        await box.FillAsync(text);
        await box.DispatchEventAsync("paste");
    }

    [Fact]
    public Task ALiveRcResult_IsPastedAndConfirmed_TheSessionShowsPlaceGapsAndTheFieldChart_AndTheNextHeatIsOneClick() => StepsAsync(async () =>
    {
        var page = await MarcosSessionAsync();

        await PasteAsync(page, TimingSamples.LiveRcRace12Drivers);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Read as: LiveRC race result, 12 drivers" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Suggested: 3 MARCO DELGADO, matched by your name. Save if it is you.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "P3 · 3 MARCO DELGADO · 30/20:09.815" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Form, new() { Name = "Add result" }).ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "timing-confirmation.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();

        var aMain = page.GetByRole(AriaRole.Article, new() { Name = "Result A-Main · 1/8 Nitro Buggy · P3" });
        await Expect(aMain).ToContainTextAsync("P3 of 12");
        // Avg Lap 40.327 − the winner's 39.416; fastest lap 37.655 − the heat's 37.112; 40.327 − P2's 40.078.
        await Expect(aMain).ToContainTextAsync("To the winner+0.911 s/lap");
        await Expect(aMain).ToContainTextAsync("To the fastest lap+0.543 s");
        await Expect(aMain).ToContainTextAsync("To the car ahead (P2)+0.249 s/lap");
        await Expect(aMain.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Best and average lap of each driver by place, 3 MARCO DELGADO marked") }))
            .ToBeVisibleAsync();
        await aMain.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "timing-field.png") });

        // The qualifier prints him "3 M. DELGADO": his name no longer matches; the car number he was found by last time does.
        await PasteAsync(page, TimingSamples.LiveRcQualifier4);
        await Expect(page.GetByLabel("Car number", new() { Exact = true })).ToHaveValueAsync("3");
        await Expect(page.GetByText("Suggested: 3 M. DELGADO, matched by your car number. Save if it is you.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "P2 · 3 M. DELGADO · 8/5:14.906" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();   // the one click

        await Expect(page.GetByRole(AriaRole.Article, new() { Name = "Result Qualifier 4 · 1/8 Nitro Buggy · P2" })).ToContainTextAsync("P2 of 4");
        Assert.Equal("Name,CarNumber", await TestPostgres.ScalarAsync<string>(App.ConnectionString,
            "SELECT string_agg(chosen_by, ',' ORDER BY result_id) FROM timing_heats"));
    });
}
