using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>Checklist 4. Session Isolation, and the draft that saves itself.</summary>
public sealed class SessionIsolationTests : BrowserTest
{
    const string Baseline = """{"SO_F": 450, "DF": 7000}""";

    async Task<IPage> StartDraftAsync(string car, string name)
    {
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/event-setup");
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ New Session" }).ClickAsync();
        await page.GetByLabel("Car").SelectOptionAsync(new SelectOptionValue { Label = car });
        await page.GetByLabel("Session name").FillAsync(name);
        await page.GetByLabel("Track name").FillAsync("Thunder Alley");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start session" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Draft: {name}" })).ToBeVisibleAsync();
        return page;
    }

    static ILocator ShockOil(IPage page) => SheetField(page, "Front suspension", "Shock oil cSt");

    [Fact]
    public Task SwitchingRacers_ClearsTheSetup_OffersTheNewRacersCars_AndSwitchingBackShowsTheDraftIntact() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana", "Bruno");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", baseline: Baseline);
        await SeedCarAsync("Bruno", "Tekno", "NB48 2.2");
        var page = await StartDraftAsync("Mugen MBX8R", "Ana's practice");
        await Expect(ShockOil(page)).ToHaveValueAsync("450");
        await ShockOil(page).FillAsync("550");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await Expect(SheetField(page, "Front suspension", "Shock oil cSt")).ToHaveAccessibleDescriptionAsync("baseline 450");

        await SwitchToAsync(page, "Bruno");

        await Expect(EventSetupPanel(page).GetByRole(AriaRole.Form, new() { NameRegex = new Regex("^Draft: ") })).ToHaveCountAsync(0);
        await Expect(EventSetupPanel(page)).Not.ToContainTextAsync("Ana's practice");
        await Expect(EventSetupPanel(page)).Not.ToContainTextAsync("550");
        await page.GetByRole(AriaRole.Button, new() { Name = "➕ New Session" }).ClickAsync();
        await Expect(page.GetByLabel("Car").GetByRole(AriaRole.Option)).ToHaveTextAsync(["Tekno NB48 2.2"]);

        await SwitchToAsync(page, "Ana");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Draft: Ana's practice" })).ToBeVisibleAsync();
        await Expect(ShockOil(page)).ToHaveValueAsync("550");
        await Expect(SheetField(page, "Front suspension", "Shock oil cSt")).ToHaveAccessibleDescriptionAsync("baseline 450");
    });

    [Fact]
    public Task TheDraft_SurvivesAReloadAndARestart_AndTheCursorStaysWhileItSaves() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", baseline: Baseline);
        var page = await StartDraftAsync("Mugen MBX8R", "Club race");

        var field = ShockOil(page);
        await field.ClickAsync();
        await field.PressAsync("End");
        await page.Keyboard.TypeAsync("0", new() { Delay = 50 });
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await Expect(SheetField(page, "Front suspension", "Shock oil cSt")).ToHaveAccessibleDescriptionAsync("baseline 450");
        // The save swapped only the status line and the notes: the same input still has focus, caret at the end.
        await Expect(field).ToBeFocusedAsync();
        Assert.Equal(4, await field.EvaluateAsync<int>("el => el.selectionStart"));
        await page.Keyboard.TypeAsync("0");
        await Expect(field).ToHaveValueAsync("45000");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Not saved");
        await Expect(field).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Backspace");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "event-setup.png") });

        await page.ReloadAsync();
        await Expect(ShockOil(page)).ToHaveValueAsync("4500");
        await App.RestartAsync();
        var fresh = await NewBrowserPageAsync();
        await fresh.GotoAsync("/event-setup");
        await Expect(ShockOil(fresh)).ToHaveValueAsync("4500");

        await fresh.GetByRole(AriaRole.Button, new() { Name = "Lock Config" }).ClickAsync();
        await Expect(fresh.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("· active$") })).ToBeVisibleAsync();
        await Expect(fresh.GetByRole(AriaRole.Form, new() { NameRegex = new Regex("^Draft: ") })).ToHaveCountAsync(0);
        await fresh.GotoAsync("/event-setup");
        await fresh.GetByRole(AriaRole.Button, new() { Name = "Club race" }).ClickAsync();
        await Expect(fresh).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/event-setup/sessions/[0-9]+$"));
        await Expect(ShockOil(fresh)).ToHaveValueAsync("4500");
        await Expect(ShockOil(fresh)).Not.ToBeEditableAsync();
    });
}
