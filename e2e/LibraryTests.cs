using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>
/// Checklist 8. Library: Ana saves a session to the library; Bruno finds it with the filters and
/// uses its Suspension package in his draft (staged, then applied); Ana's car is exported and
/// imported by Dora. On the earlier tool's database, whose library already holds its two
/// entries (a Mugen MBX8R at Thunder Alley, nested; an Xray at Mulligan). The staging view's
/// screenshot goes to docs/ for the README.
/// </summary>
public sealed class LibraryTests : BrowserTest
{
    protected override DatabaseShape Shape => DatabaseShape.Adopted;

    async Task SeedAsync()
    {
        await SeedRacersAsync("Ana", "Bruno", "Dora");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", "Blue", """{"front": {"shock_oil": 450}}""");
        await SeedCarAsync("Bruno", "Mugen", "MBX8R");
        await TestPostgres.ExecuteAsync(App.ConnectionString, """
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, traction, surface_condition, status, actual_setup)
            SELECT v.profile_id, v.id, 'Club night', 'Main', '2026-11-21', 'Thunder Alley', 'High', 'Dusty', 'active',
                   '{"SO_F": 500, "SO_R": 450, "P_F": "1.2x4", "SP_F": "Gold", "DF": 9000, "Tread": "Kosmos"}'
            FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id WHERE r.name = 'Ana';
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, status, actual_setup)
            SELECT v.profile_id, v.id, 'Saturday practice', 'Practice', '2026-11-22', 'draft',
                   '{"SO_F": 400, "SO_R": 450, "P_F": "1.3x3", "DF": 7000, "Tread": "Bar Codes"}'
            FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id WHERE r.name = 'Bruno';
            INSERT INTO master_library (brand, vehicle_model, track_name, traction, source, setup, date_created)
            VALUES ('Tekno', 'EB48 2.2', 'Riverside', 'Low', 'Factory base', '{"SO_F": 600}', current_date - 1);
            """);
    }

    Task<int> IdAsync(string sql) => TestPostgres.ScalarAsync<int>(App.ConnectionString, sql);

    [Fact]
    public Task ASessionSavedToTheLibrary_IsFoundByAnotherRacer_WhoUsesItsSuspension_AndACarGoesToAThirdRacer() => StepsAsync(async () =>
    {
        await SeedAsync();
        // The earlier tool's database has sessions of these names too (Sam's): these are Ana's and Bruno's.
        var anasSession = await IdAsync("SELECT s.id FROM sessions s JOIN racer_profiles r ON r.id = s.profile_id WHERE s.session_name = 'Club night' AND r.name = 'Ana'");
        var brunosDraft = await IdAsync("SELECT s.id FROM sessions s JOIN racer_profiles r ON r.id = s.profile_id WHERE s.session_name = 'Saturday practice' AND r.name = 'Bruno'");

        // Ana (the default racer) saves her session to the library.
        var ana = await NewBrowserPageAsync();
        await ana.GotoAsync($"/event-setup/sessions/{anasSession}");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Save to library" }).ClickAsync();
        var save = ana.GetByRole(AriaRole.Form, new() { Name = "Save to library" });
        await save.GetByLabel("Driver name").FillAsync("Ana");
        await save.GetByLabel("Event name").FillAsync("Winter series");
        await save.GetByRole(AriaRole.Button, new() { Name = "Save to library" }).ClickAsync();
        await Expect(ana.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved to the library" })).ToBeVisibleAsync();

        // Bruno finds it with the filters.
        var bruno = await NewBrowserPageAsync();
        await bruno.GotoAsync("/");
        await SwitchToAsync(bruno, "Bruno");
        await bruno.GetByRole(AriaRole.Tab, new() { Name = "Library" }).ClickAsync();
        // Ana's, the Tekno, and the earlier tool's two; of them, two Mugens (Ana's and the tool's).
        await Expect(bruno.GetByText("4 setups")).ToBeVisibleAsync();
        await bruno.GetByLabel("Brand").SelectOptionAsync("Mugen");
        await Expect(bruno.GetByText("2 setups", new() { Exact = true })).ToBeVisibleAsync();
        await bruno.GetByLabel("Track").SelectOptionAsync("Thunder Alley");
        var row = bruno.GetByRole(AriaRole.Row).Filter(new() { HasText = "Winter series" });
        await Expect(row).ToContainTextAsync("Promoted session");
        await Expect(row).ToContainTextAsync("High traction · Dusty");
        await bruno.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "library.png"), FullPage = true });
        await row.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();

        // … and uses its Suspension package in his draft: staged first, nothing changed yet.
        await bruno.GetByRole(AriaRole.Button, new() { Name = "Use…" }).ClickAsync();
        await bruno.GetByLabel("Into").SelectOptionAsync($"draft:{brunosDraft}");
        await bruno.GetByLabel("Whole setup").UncheckAsync();
        await bruno.GetByLabel("Suspension").CheckAsync();
        await bruno.GetByRole(AriaRole.Button, new() { Name = "Show changes" }).ClickAsync();
        var staged = bruno.GetByRole(AriaRole.Table, new() { Name = "Values that would change" });
        await Expect(staged.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);   // header, SO_F, P_F, SP_F
        var pistons = staged.GetByRole(AriaRole.Row, new() { Name = "Piston front" });
        await Expect(pistons).ToContainTextAsync("1.3x3");
        await Expect(pistons).ToContainTextAsync("1.2x4");
        await Expect(staged).Not.ToContainTextAsync("9000");
        Assert.Contains("\"P_F\": \"1.3x3\"", await TestPostgres.ScalarAsync<string>(App.ConnectionString, $"SELECT actual_setup::text FROM sessions WHERE id = {brunosDraft}"));
        await bruno.GetByRole(AriaRole.Form, new() { Name = "Changes to" }).ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "library-staging.png") });
        await bruno.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(bruno.GetByRole(AriaRole.Status).Filter(new() { HasText = "Applied: 3 values changed" })).ToBeVisibleAsync();
        await bruno.GetByRole(AriaRole.Link, new() { Name = "Open it" }).ClickAsync();
        await Expect(SheetField(bruno, "Front suspension", "Piston")).ToHaveValueAsync("1.2x4");
        await Expect(SheetField(bruno, "Front suspension", "Shock oil cSt")).ToHaveValueAsync("500");
        await Expect(SheetField(bruno, "Diffs", "Front diff cSt")).ToHaveValueAsync("7000");
        await Expect(SheetField(bruno, "Tires", "Tread")).ToHaveValueAsync("Bar Codes");

        // Ana exports her car; Dora imports it.
        await ana.GotoAsync("/shop-master");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Edit Mugen MBX8R Blue" }).ClickAsync();
        var download = await ana.RunAndWaitForDownloadAsync(() =>
            ana.GetByRole(AriaRole.Link, new() { Name = "Export Mugen MBX8R Blue" }).ClickAsync());
        await ana.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "fleet-with-exchange.png"), FullPage = true });
        var file = Path.Combine(RepoPaths.Results, "anas-mugen.json");
        await download.SaveAsAsync(file);

        var dora = await NewBrowserPageAsync();
        await dora.GotoAsync("/shop-master");
        await SwitchToAsync(dora, "Dora");
        await Expect(FleetPanel(dora).GetByText("No cars yet.")).ToBeVisibleAsync();
        await FleetPanel(dora).GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await dora.GetByLabel("Car file (.json, at most 5 MB)").SetInputFilesAsync(file);
        await dora.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(dora.GetByRole(AriaRole.Status).Filter(new() { HasText = "Import creates" })).ToContainTextAsync("Mugen MBX8R Blue with its baseline, 1 session and 0 results");
        await dora.GetByRole(AriaRole.Form, new() { Name = "Import a car" }).GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(FleetPanel(dora).GetByRole(AriaRole.Row).Filter(new() { HasText = "Blue" })).ToContainTextAsync("MBX8R");
        Assert.Equal("Dora|1", await TestPostgres.ScalarAsync<string>(App.ConnectionString, """
            SELECT r.name || '|' || count(s.id) FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id
            LEFT JOIN sessions s ON s.vehicle_id = v.id WHERE v.nickname = 'Blue' AND r.name = 'Dora' GROUP BY r.name
            """));
    });

    [Fact]
    public Task TheLibraryAndTheStagingView_FitAPhone() => StepsAsync(async () =>
    {
        await SeedAsync();
        await TestPostgres.ExecuteAsync(App.ConnectionString, """
            INSERT INTO master_library (brand, vehicle_model, track_name, traction, surface_condition, source, driver_name, event_name, setup, date_created)
            VALUES ('Mugen', 'MBX8R', 'Thunder Alley Raceway Long Name', 'High', 'Dusty and blue-grooved', 'Pro sheet', 'A. Professional Driver',
                    'International Championship Finals', '{"SO_F": 500, "SO_R": 475, "P_F": "1.2x4", "P_R": "1.3x4", "SP_F": "Gold", "SP_R": "Silver"}', current_date)
            """);
        var entry = await IdAsync("SELECT max(id) FROM master_library");
        var page = await NewBrowserPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
        });
        await page.GotoAsync("/library");
        await Expect(page.GetByText("4 setups")).ToBeVisibleAsync(); // the Tekno, this one and the earlier tool's two
        await ExpectNoSidewaysScrollAsync(page);

        await page.GotoAsync($"/library/entries/{entry}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use…" }).ClickAsync();
        await page.GetByLabel("Into").SelectOptionAsync(new SelectOptionValue { Label = "Baseline of Mugen MBX8R Blue" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Values that would change" })).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollAsync(page);
        var apply = page.GetByRole(AriaRole.Button, new() { Name = "Apply" });
        await apply.ScrollIntoViewIfNeededAsync();
        await Expect(apply).ToBeInViewportAsync();
    });

    static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page is {scrollWidth} px wide on a 390 px phone");
    }
}
