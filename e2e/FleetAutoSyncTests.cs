using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>Checklist 5. Fleet Auto-Sync, and the car journey of Shop Master.</summary>
public sealed class FleetAutoSyncTests : BrowserTest
{
    [Fact]
    public Task SwitchingRacers_TheShopMasterPanelListsExactlyTheNewRacersCars() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana", "Bruno");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", "Old Faithful");
        await SeedCarAsync("Ana", "Xray", "XB8");
        await SeedCarAsync("Bruno", "Tekno", "NB48 2.2");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/shop-master");

        var rows = FleetPanel(page).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell) });
        await Expect(FleetPanel(page).GetByRole(AriaRole.Heading, new() { Name = "Shop Master" })).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("Mugen");

        await SwitchToAsync(page, "Bruno");

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Nth(0)).ToContainTextAsync("Tekno");
        await Expect(FleetPanel(page)).Not.ToContainTextAsync("Mugen");

        await SwitchToAsync(page, "Ana");
        await Expect(rows).ToHaveCountAsync(2);
    });

    [Fact]
    public Task ACar_IsAddedEditedWithItsBaselineAndDeleted_ThroughTheUI() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/shop-master");
        var rows = FleetPanel(page).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell) });

        await page.GetByRole(AriaRole.Button, new() { Name = "➕ Add Car" }).ClickAsync();
        await page.GetByLabel("Brand").FillAsync("Mugen");
        await page.GetByLabel("Model").FillAsync("MBX8R");
        await page.GetByLabel("Nickname").FillAsync("Old Faithful");
        await page.GetByLabel("Transponder").FillAsync("1234567");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save car" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Nth(0)).ToContainTextAsync("Old Faithful");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Mugen MBX8R Old Faithful" }).ClickAsync();
        await SheetField(page, "Front suspension", "Shock oil cSt").FillAsync("abc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save car" }).ClickAsync();
        await Expect(SheetField(page, "Front suspension", "Shock oil cSt")).ToHaveAccessibleDescriptionAsync(new Regex("whole number"));
        await SheetField(page, "Front suspension", "Shock oil cSt").FillAsync("500");
        await SheetField(page, "Diffs", "Front diff cSt").FillAsync("7000");
        await page.GetByLabel("Nickname").FillAsync("Racer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save car" }).ClickAsync();
        await Expect(rows.Nth(0)).ToContainTextAsync("Racer");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "fleet.png") });
        // Baselines are stored nested, the shape the earlier tool reads.
        Assert.Equal("500", await TestPostgres.ScalarAsync<string>(App.ConnectionString, "SELECT baseline_setup->'front'->>'shock_oil' FROM vehicles"));

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Mugen MBX8R Racer" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete car" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(0);
        await Expect(FleetPanel(page)).ToContainTextAsync("No cars yet.");
    });
}
