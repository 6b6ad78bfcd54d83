using System.Text.RegularExpressions;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>Checklist 3. Set as Default.</summary>
public sealed class SetAsDefaultTests : BrowserTest
{
    [Fact]
    public Task SetAsDefault_SurvivesARestart_AndAFreshBrowserLoadsThatRacer() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana", "Bruno");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");
        await Switcher(page).SelectOptionAsync(new SelectOptionValue { Label = "Bruno" });
        await ExpectActiveRacerAsync(page, "Bruno");

        await page.GetByRole(AriaRole.Button, new() { Name = "📝 Edit Profile" }).ClickAsync();
        var checkbox = page.GetByLabel("Set as Default Profile");
        await Expect(checkbox).ToBeVisibleAsync();
        await Expect(checkbox).Not.ToBeCheckedAsync();
        await checkbox.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(Switcher(page).GetByRole(AriaRole.Option)).ToHaveTextAsync(["⭐ Bruno", "Ana"]);

        await App.RestartAsync();
        var fresh = await NewBrowserPageAsync();
        await fresh.GotoAsync("/");

        await ExpectActiveRacerAsync(fresh, "Bruno");
        await Expect(Switcher(fresh).GetByRole(AriaRole.Option, new() { Selected = true })).ToHaveTextAsync("⭐ Bruno");
        // The first browser's session and antiforgery token still work after the restart.
        await Switcher(page).SelectOptionAsync(new SelectOptionValue { Label = "Ana" });
        await ExpectActiveRacerAsync(page, "Ana");
    });

    [Fact]
    public Task UncheckingTheDefault_IsRefusedWithAMessage() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana", "Bruno");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "📝 Edit Profile" }).ClickAsync();
        await page.GetByLabel("Set as Default Profile").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Expect(page.GetByLabel("Set as Default Profile")).ToHaveAccessibleDescriptionAsync(new Regex("another racer"));
        await Expect(Switcher(page).GetByRole(AriaRole.Option)).ToHaveTextAsync(["⭐ Ana", "Bruno"]);
    });

    [Fact]
    public Task DeleteRacer_AsksForConfirmation_AndTheOldestRemainingBecomesDefault() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana", "Bruno", "Carla");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");
        string? question = null;
        page.Dialog += async (_, dialog) => { question = dialog.Message; await dialog.AcceptAsync(); };

        await page.GetByRole(AriaRole.Button, new() { Name = "📝 Edit Profile" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete racer" }).ClickAsync();

        await Expect(Switcher(page).GetByRole(AriaRole.Option)).ToHaveTextAsync(["⭐ Bruno", "Carla"]);
        await ExpectActiveRacerAsync(page, "Bruno");
        Assert.Contains("Delete Ana", question);
    });
}
