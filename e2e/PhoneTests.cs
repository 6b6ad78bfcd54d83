using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>
/// Checklist 10. A phone at the track: every view on a 390 × 844 phone, with nothing to scroll
/// sideways and its buttons on screen; the setup sheet shows front beside rear.
/// </summary>
public sealed class PhoneTests : BrowserTest
{
    const int Width = 390;

    static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new() { Width = Width, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
    };

    /// <summary>A full baseline: all 29 parameters, so the sheet is as long as it gets.</summary>
    const string Baseline = """
        {"DF": 7000, "DC": 10000, "DR": 3000, "SO_F": 450, "SO_R": 400, "SP_F": "Blue", "SP_R": "Green", "SB_F": 2.3, "SB_R": 2.5,
         "P_F": "1.2x4", "P_R": "1.2x4", "Toe_F": -1, "Toe_R": 3, "RH_F": 27, "RH_R": 28, "C_F": -2, "C_R": -2, "ST_F": "Outer",
         "ST_R": "Inner", "Droop_F": 5, "Droop_R": 6, "Tread": "Chunky", "Compound": "Green", "Engine": "REDS", "Clutch": "4 shoe",
         "Bell": 13, "Spur": 48, "Pipe": "2113", "Venturi": "7"}
        """;

    async Task SeedFleetAsync()
    {
        await SeedRacersAsync("Ana");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", "Old Faithful", Baseline);
        await SeedCarAsync("Ana", "Associated", "RC8B4.1e", "Championship spare");
    }

    /// <summary>A session of the Mugen with the baseline's setup (shock oil changed): its id.</summary>
    async Task<int> SeedSessionAsync(string name, string status)
    {
        await TestPostgres.ExecuteAsync(App.ConnectionString, $$"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, status, actual_setup)
            SELECT v.profile_id, v.id, '{{name}}', 'Practice', '2026-11-21', 'Thunder Alley', '{{status}}', v.baseline_setup || '{"SO_F": 550}'
            FROM vehicles v WHERE v.brand = 'Mugen'
            """);
        return await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT max(id) FROM sessions");
    }

    /// <summary>An active session of the Mugen with one result, heat A-Main, of these laps: its id.</summary>
    async Task<int> SeedRaceAsync(string laps)
    {
        var session = await SeedSessionAsync("Club race", "active");
        await TestPostgres.ExecuteAsync(App.ConnectionString,
            $"INSERT INTO race_results (session_id, profile_id, heat_name, lap_times) SELECT id, profile_id, 'A-Main', '{laps}' FROM sessions WHERE id = {session}");
        return session;
    }

    [Fact]
    public Task ShopMaster_AndACarsForm_FitThePhone_WithEditAndPerformanceOnScreen() => StepsAsync(async () =>
    {
        await SeedFleetAsync();
        var page = await NewBrowserPageAsync(Phone);
        await page.GotoAsync("/shop-master");

        var edit = page.GetByRole(AriaRole.Button, new() { Name = "Edit Associated RC8B4.1e Championship spare" });
        await ExpectOnScreenAsync(edit);
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "Performance of Associated RC8B4.1e Championship spare" }));
        await ExpectOnScreenAsync(page.GetByLabel("Active racer"));
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "📝 Edit Profile" }));
        await ExpectNoSidewaysScrollAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Mugen MBX8R Old Faithful" }).ClickAsync();
        await Expect(SheetField(page, "Front suspension", "Shock oil cSt")).ToHaveValueAsync("450");
        await ExpectFrontBesideRearAsync(page);
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save car" }));
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "Delete car" }));
        await ExpectNoSidewaysScrollAsync(page);
    });

    [Fact]
    public Task EventSetup_ADraftAndASessionWithAResult_FitThePhone() => StepsAsync(async () =>
    {
        await SeedFleetAsync();
        var raced = await SeedRaceAsync("[24.6, 24.4, 24.7, 24.5, 24.9, 24.3]");
        var draft = await SeedSessionAsync("Saturday practice", "draft");
        var page = await NewBrowserPageAsync(Phone);

        await page.GotoAsync($"/event-setup/sessions/{draft}");
        await Expect(SheetField(page, "Front suspension", "Shock oil cSt")).ToHaveAccessibleDescriptionAsync("baseline 450");
        await ExpectFrontBesideRearAsync(page);
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "Lock Config" }));
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "➕ New Session" }));
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "➕ Add Result" }));
        await ExpectNoSidewaysScrollAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "phone.png"), FullPage = true });

        await page.GotoAsync($"/event-setup/sessions/{raced}");
        var result = page.GetByRole(AriaRole.Article, new() { Name = "Result A-Main" });
        await ExpectOnScreenAsync(result.GetByRole(AriaRole.Img));
        await ExpectOnScreenAsync(result.GetByRole(AriaRole.Button, new() { Name = "Edit result A-Main" }));
        await ExpectOnScreenAsync(result.GetByRole(AriaRole.Button, new() { Name = "Delete result A-Main" }));
        await result.GetByText("Lap times table").ClickAsync();
        await ExpectOnScreenAsync(result.GetByRole(AriaRole.Cell, new() { Name = "24.300" }));
        await ExpectNoSidewaysScrollAsync(page);
    });

    [Fact]
    public Task ACarsPerformanceView_FitsThePhone() => StepsAsync(async () =>
    {
        await SeedFleetAsync();
        await SeedRaceAsync("[24.6, 24.4, 24.7, 24.5]");
        var page = await NewBrowserPageAsync(Phone);
        await page.GotoAsync("/shop-master");

        await page.GetByRole(AriaRole.Button, new() { Name = "Performance of Mugen MBX8R Old Faithful" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Performance: Mugen MBX8R “Old Faithful”" })).ToBeVisibleAsync();
        await ExpectOnScreenAsync(page.GetByRole(AriaRole.Button, new() { Name = "← Shop Master" }));
        var sessions = page.GetByRole(AriaRole.Table, new() { Name = "Sessions, newest first" });
        await ExpectOnScreenAsync(sessions.GetByText("Club race"));
        await ExpectOnScreenAsync(sessions.GetByText("24.400"));
        await ExpectOnScreenAsync(sessions.GetByText("1:13.600"));
        await ExpectNoSidewaysScrollAsync(page);
    });

    /// <summary>Nothing wider than the phone: the page cannot be scrolled sideways.</summary>
    static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"the page is {scrollWidth} px wide on a {Width} px phone");
    }

    /// <summary>Scrolled to (up or down, as a thumb would), the element is wholly on screen.</summary>
    static async Task ExpectOnScreenAsync(ILocator element)
    {
        await element.ScrollIntoViewIfNeededAsync();
        await Expect(element).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    /// <summary>The "Front suspension" and "Rear suspension" groups on one row, front on the left, both on screen.</summary>
    static async Task ExpectFrontBesideRearAsync(IPage page)
    {
        var front = await page.GetByRole(AriaRole.Group, new() { Name = "Front suspension" }).BoundingBoxAsync();
        var rear = await page.GetByRole(AriaRole.Group, new() { Name = "Rear suspension" }).BoundingBoxAsync();
        Assert.NotNull(front);
        Assert.NotNull(rear);
        Assert.Equal(front.Y, rear.Y, 1.0);
        Assert.True(rear.X >= front.X + front.Width, $"front at {front.X}+{front.Width}, rear at {rear.X}");
        Assert.True(rear.X + rear.Width <= Width, $"rear ends at {rear.X + rear.Width}");
    }
}
