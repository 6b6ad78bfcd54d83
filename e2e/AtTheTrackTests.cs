using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>
/// Checklist: at the track, on a 390 px phone: conditions entered twice; three symptoms tapped; a
/// tire set mounted, two results added and its laps counted; a service interval passed and its badge
/// in Shop Master; a second session at the same track started from "last time here", its values in
/// the draft. Writes docs/at-the-track.png for the README.
/// </summary>
public sealed class AtTheTrackTests : BrowserTest
{
    const int Width = 390;

    static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new() { Width = Width, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
    };

    /// <summary>Twelve and ten laps: 22 in all, past the diff oil's 20.</summary>
    static readonly string TwelveLaps = string.Join('\n', Enumerable.Range(0, 12).Select(i => $"25.{i:00}"));
    static readonly string TenLaps = string.Join('\n', Enumerable.Range(0, 10).Select(i => $"24.{90 + i % 10}"));

    [Fact]
    public Task ADayAtTheTrack_ConditionsNotesTiresServiceAndLastTimeHere_OnAPhone() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", baseline: """{"front": {"shock_oil": 450}}""");
        var page = await NewBrowserPageAsync(Phone);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        // In Shop Master, the car's tire set and its diff oil, serviced every 20 laps.
        await page.GotoAsync("/shop-master");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tires and parts of Mugen MBX8R" }).ClickAsync();
        var add = page.GetByRole(AriaRole.Form, new() { Name = "Add a tire set, engine or part" });
        await add.GetByLabel("Name").FillAsync("Kosmos green #3");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Listitem, new() { Name = "Tire set Kosmos green #3" })).ToBeVisibleAsync();
        await add.GetByLabel("What").SelectOptionAsync(new SelectOptionValue { Label = "Part" });
        await add.GetByLabel("Name").FillAsync("Diff oil");
        await add.GetByLabel("Service every").FillAsync("20");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Listitem, new() { Name = "Part Diff oil" })).ToContainTextAsync("0 % of every 20 laps");

        // A session at Thunder Alley, its front shock oil 500 (the baseline's 450), locked.
        await page.GotoAsync("/event-setup");
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ New Session" }).ClickAsync();
        var newSession = page.GetByRole(AriaRole.Form, new() { Name = "New session" });
        await newSession.GetByLabel("Session name").FillAsync("Saturday practice");
        await newSession.GetByLabel("Track name").FillAsync("Thunder Alley");
        await newSession.GetByRole(AriaRole.Button, new() { Name = "Start session" }).ClickAsync();
        await SheetField(page, "Front suspension", "Shock oil cSt").FillAsync("500");
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("^Saved at"))).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock Config" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close Session" })).ToBeVisibleAsync();

        // Conditions, twice: in °F in the morning, in °C later.
        var conditions = page.GetByRole(AriaRole.Region, new() { Name = "Conditions" });
        await conditions.GetByLabel("Air temperature").FillAsync("75");
        await conditions.GetByRole(AriaRole.Radio, new() { Name = "°F" }).CheckAsync();
        await conditions.GetByRole(AriaRole.Radio, new() { Name = "☀️ Sun" }).CheckAsync();
        await conditions.GetByRole(AriaRole.Radio, new() { Name = "3", Exact = true }).CheckAsync();
        await conditions.GetByRole(AriaRole.Button, new() { Name = "Add conditions" }).ClickAsync();
        var timeline = conditions.GetByRole(AriaRole.List, new() { Name = "Conditions through the day" });
        await Expect(timeline.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await conditions.GetByLabel("Air temperature").FillAsync("26");
        await conditions.GetByLabel("Track temperature").FillAsync("41");
        await conditions.GetByRole(AriaRole.Radio, new() { Name = "°C" }).CheckAsync();
        await conditions.GetByRole(AriaRole.Radio, new() { Name = "☁️ Cloud" }).CheckAsync();
        await conditions.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true }).CheckAsync();
        await conditions.GetByRole(AriaRole.Button, new() { Name = "Add conditions" }).ClickAsync();
        await Expect(timeline.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(timeline.GetByRole(AriaRole.Listitem).Nth(0)).ToContainTextAsync("Air 75 °F · ☀️ Sun · Grip 3/5");
        await Expect(timeline.GetByRole(AriaRole.Listitem).Nth(1)).ToContainTextAsync("Air 26 °C · Track 41 °C · ☁️ Cloud · Grip 4/5");

        // The tire set on the car for this session.
        var tires = page.GetByRole(AriaRole.Region, new() { Name = "Tires and engine" });
        await tires.GetByLabel("Tire set").SelectOptionAsync(new SelectOptionValue { Label = "Kosmos green #3" });
        await Expect(tires).ToContainTextAsync("Kosmos green #3 0 laps · 0 runs");

        // Three symptoms tapped, the first while heat Q1 is being entered.
        var notes = page.GetByRole(AriaRole.Region, new() { Name = "Run notes" });
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ Add Result" }).ClickAsync();
        await page.GetByLabel("Heat", new() { Exact = true }).FillAsync("Q1");
        await notes.GetByRole(AriaRole.Button, new() { Name = "Entry push", Exact = true }).ClickAsync();
        await notes.GetByRole(AriaRole.Button, new() { Name = "Bottoming" }).ClickAsync();
        await notes.GetByRole(AriaRole.Button, new() { Name = "Landing nose-down" }).ClickAsync();
        var taken = notes.GetByRole(AriaRole.List, new() { Name = "Run notes in order" }).GetByRole(AriaRole.Listitem);
        await Expect(taken).ToHaveCountAsync(3);
        await Expect(taken.Nth(0)).ToContainTextAsync("Entry push · heat Q1");
        await Expect(taken.Nth(1)).ToContainTextAsync("Bottoming · heat Q1");
        await Expect(taken.Nth(2)).ToContainTextAsync("Landing nose-down");

        // Two results: the tire set's laps counted (12 + 10), in the session as the results are saved.
        await page.GetByLabel("Results or lap times", new() { Exact = true }).FillAsync(TwelveLaps);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = "Result Q1" })).ToBeVisibleAsync();
        await Expect(tires).ToContainTextAsync("12 laps · 1 run");
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ Add Result" }).ClickAsync();
        await page.GetByLabel("Heat", new() { Exact = true }).FillAsync("Q2");
        await page.GetByLabel("Results or lap times", new() { Exact = true }).FillAsync(TenLaps);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = "Result Q2" })).ToBeVisibleAsync();
        await Expect(tires).ToContainTextAsync("Kosmos green #3 22 laps · 2 runs");
        await ExpectNoSidewaysScrollAsync(page);
        await page.GetByRole(AriaRole.Region, new() { Name = "At the track" }).ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "at-the-track.png") });

        // The diff oil's 20 laps are passed: the car's row in Shop Master has the badge.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Shop Master" }).ClickAsync();
        var row = FleetPanel(page).GetByRole(AriaRole.Row).Filter(new() { HasText = "MBX8R" });
        await Expect(row.GetByText("🔧 1 due")).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollAsync(page);

        // A second session at the same track, typed another way, started from last time here.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Event Setup" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ New Session" }).ClickAsync();
        await newSession.GetByLabel("Session name").FillAsync("Sunday practice");
        await newSession.GetByLabel("Track name").FillAsync("thunder  ALLEY");
        var card = page.GetByRole(AriaRole.Article, new() { Name = "Last time here" });
        await Expect(card).ToContainTextAsync("Saturday practice");
        await Expect(card).ToContainTextAsync("Front shock oil (cSt): 500 (baseline 450)");
        await ExpectNoSidewaysScrollAsync(page);
        await card.GetByRole(AriaRole.Button, new() { Name = "Start from this session's setup" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Draft: Sunday practice" })).ToBeVisibleAsync();
        await Expect(SheetField(page, "Front suspension", "Shock oil cSt")).ToHaveValueAsync("500");
        // Its tire set came along from the previous session.
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Tires and engine" }).GetByLabel("Tire set")).ToHaveValueAsync(
            (await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT id FROM wear_items WHERE name = 'Kosmos green #3'")).ToString());
    });

    /// <summary>Nothing wider than the phone: the page cannot be scrolled sideways.</summary>
    static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"the page is {scrollWidth} px wide on a {Width} px phone");
    }
}
