using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>Checklist 2. Create New Profile.</summary>
public sealed class CreateNewProfileTests : BrowserTest
{
    [Fact]
    public Task NewRacer_OpensTheForm_CreatesTheRacer_SwitchesToIt_AndListsIt() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "➕ New Racer" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Bruno Baptista");
        await page.GetByLabel("Email").FillAsync("bruno@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create racer" }).ClickAsync();

        await ExpectActiveRacerAsync(page, "Bruno Baptista");
        await Expect(Switcher(page).GetByRole(AriaRole.Option, new() { Selected = true })).ToHaveTextAsync("Bruno Baptista");
        await Expect(Switcher(page).GetByRole(AriaRole.Option)).ToHaveTextAsync(["⭐ Ana", "Bruno Baptista"]);
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "New racer" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Results, "profiles.png") });
    });

    [Fact]
    public Task NewRacer_WithADuplicateName_ShowsTheMessageBesideTheField_KeepingWhatWasTyped() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "➕ New Racer" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("ana");
        await page.GetByLabel("Email").FillAsync("other@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create racer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "New racer" }).GetByLabel("Name")).ToHaveAccessibleDescriptionAsync(new Regex("already exists"));
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync("other@example.com");
        await Expect(Switcher(page).GetByRole(AriaRole.Option)).ToHaveTextAsync(["⭐ Ana"]);
    });

    [Fact]
    public Task FirstRun_WelcomesWithTheForm_AndTheFirstRacerBecomesTheDefault() => StepsAsync(async () =>
    {
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Pitwall" })).ToBeVisibleAsync();
        await page.GetByLabel("Name").FillAsync("Ana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create racer" }).ClickAsync();

        await Expect(Switcher(page).GetByRole(AriaRole.Option)).ToHaveTextAsync(["⭐ Ana"]);
        await ExpectActiveRacerAsync(page, "Ana");
    });
}
