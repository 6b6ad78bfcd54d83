using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>
/// Checklist 6. Results: paste laps, see the figures and the chart, reload, edit, delete; a car's
/// Performance view; the earlier tool's results in its sessions. On an adopted database: the
/// earlier tool's racers, cars, sessions and results are there too.
/// </summary>
public sealed class ResultsTests : BrowserTest
{
    protected override DatabaseShape Shape => DatabaseShape.Adopted;

    async Task<int> SeedSessionAsync(string name, string date)
    {
        await TestPostgres.ExecuteAsync(App.ConnectionString, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, status)
            SELECT v.profile_id, v.id, '{name}', 'Practice', '{date}', 'active'
            FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id WHERE r.name = 'Ana' AND v.brand = 'Mugen'
            """);
        return await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT max(id) FROM sessions");
    }

    /// <summary>Ana's active session of her Mugen, opened, with ➕ Add Result's form open.</summary>
    async Task<IPage> AddResultFormAsync()
    {
        await SeedRacersAsync("Ana");
        await SeedCarAsync("Ana", "Mugen", "MBX8R");
        var session = await SeedSessionAsync("Saturday practice", "2026-11-21");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync($"/event-setup/sessions/{session}");
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ Add Result" }).ClickAsync();
        return page;
    }

    [Fact]
    public Task Laps_ArePasted_ShownWithFiguresAndAChart_AndSurviveAReload_ThenEditedAndDeleted() => StepsAsync(async () =>
    {
        var page = await AddResultFormAsync();
        await page.GetByLabel("Heat").FillAsync("Q1");
        await page.GetByLabel("Class", new() { Exact = true }).FillAsync("1/8 Nitro Buggy");
        await page.GetByLabel("Position", new() { Exact = true }).FillAsync("3");
        await page.GetByLabel("Results or lap times", new() { Exact = true }).FillAsync("1) 24.516\n2) 24.802\n3) 24.650\n4) 25.120\n5) 24.733\n6) 25.404");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();

        var result = page.GetByRole(AriaRole.Article, new() { Name = "Result Q1 · 1/8 Nitro Buggy · P3" });
        await Expect(result).ToContainTextAsync("24.516");
        await Expect(result.GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        await result.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "results.png") });

        await page.ReloadAsync();
        await Expect(result).ToContainTextAsync("1:13.968");   // best 3 consecutive: 24.516 + 24.802 + 24.650

        await result.GetByRole(AriaRole.Button, new() { Name = "Edit result Q1 · 1/8 Nitro Buggy · P3" }).ClickAsync();
        await page.GetByLabel("Heat").FillAsync("A-Main");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();
        var edited = page.GetByRole(AriaRole.Article, new() { Name = "Result A-Main · 1/8 Nitro Buggy · P3" });
        await Expect(edited).ToBeVisibleAsync();

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await edited.GetByRole(AriaRole.Button, new() { Name = "Delete result A-Main · 1/8 Nitro Buggy · P3" }).ClickAsync();
        await Expect(page.GetByText("No results yet.")).ToBeVisibleAsync();
    });

    [Fact]
    public Task APasteWithABadLine_IsRefusedWhereItWasTyped() => StepsAsync(async () =>
    {
        var page = await AddResultFormAsync();
        await page.GetByLabel("Heat").FillAsync("Q1");
        await page.GetByLabel("Results or lap times", new() { Exact = true }).FillAsync("24.516\nDNF");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Line 2" })).ToContainTextAsync("DNF");
        await Expect(page.GetByLabel("Heat")).ToHaveValueAsync("Q1");
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(App.ConnectionString,
            "SELECT count(*) FROM race_results r JOIN racer_profiles p ON p.id = r.profile_id WHERE p.name = 'Ana'"));
    });

    [Fact]
    public Task ACarsPerformanceView_ListsItsThreeSessionsNewestFirst_WithTheChart() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana");
        await SeedCarAsync("Ana", "Mugen", "MBX8R");
        foreach (var (name, date, laps) in new[]
                 {
                     ("Club practice", "2026-11-07", "[25.1, 24.8, 25.3, 24.9]"),
                     ("Club race", "2026-11-14", "[24.6, 24.4, 24.7, 24.5]"),
                     ("Big race", "2026-11-21", "[24.2, 24.1, 24.4, 24.3]"),
                 })
        {
            var id = await SeedSessionAsync(name, date);
            await TestPostgres.ExecuteAsync(App.ConnectionString,
                $"INSERT INTO race_results (session_id, profile_id, heat_name, lap_times) SELECT id, profile_id, 'A-Main', '{laps}' FROM sessions WHERE id = {id}");
        }
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/shop-master");

        await page.GetByRole(AriaRole.Button, new() { Name = "Performance of Mugen MBX8R" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Performance: Mugen MBX8R" })).ToBeVisibleAsync();
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Sessions, newest first" }).GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.Nth(1)).ToContainTextAsync("Big race");
        await Expect(rows.Nth(1)).ToContainTextAsync("24.100");
        await Expect(rows.Nth(3)).ToContainTextAsync("Club practice");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Best lap (left scale) and ORP (right scale, 0 to 100) of each session, oldest first" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Performance: ") }).ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "performance.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "← Shop Master" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Shop Master" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task TheEarlierToolsResults_AreShownInItsSessions_WithHeatClassAndBestLap() => StepsAsync(async () =>
    {
        var q2 = await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT id FROM sessions WHERE session_name = 'Q2'");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");
        await SwitchToAsync(page, "Sam Rivers");

        await page.GotoAsync($"/event-setup/sessions/{q2}");

        // Its LiveRC harvester's row: heat_name, race_class, position, laps [42.1, 41.9, 43.0].
        var result = page.GetByRole(AriaRole.Article, new() { Name = "Result A-Main · 1/8 Nitro Buggy · P3" });
        await Expect(result).ToContainTextAsync("41.900");
        await Expect(result).ToContainTextAsync("LiveRC event 381204");
    });
}
