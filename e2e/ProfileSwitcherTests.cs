using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>Checklist 1. Profile Switcher.</summary>
public sealed class ProfileSwitcherTests : BrowserTest
{
    [Fact]
    public Task Switcher_ShowsTheDefaultFirstWithAStar_ThenByName_AndSwitches() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Mia", "carla", "Bruno");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");

        await Expect(Switcher(page).GetByRole(AriaRole.Option)).ToHaveTextAsync(["⭐ Mia", "Bruno", "carla"]);
        await Expect(Switcher(page)).ToHaveValueAsync(await IdOf("Mia"));
        await ExpectActiveRacerAsync(page, "Mia");

        await Switcher(page).SelectOptionAsync(new SelectOptionValue { Label = "carla" });

        await ExpectActiveRacerAsync(page, "carla");
        await Expect(Switcher(page)).ToHaveValueAsync(await IdOf("carla"));
        await page.ReloadAsync();
        await ExpectActiveRacerAsync(page, "carla");
    });

    [Fact]
    public Task TwoBrowsers_OnDifferentRacers_NeverSeeEachOthersChoice() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana", "Bruno");
        var first = await NewBrowserPageAsync();
        var second = await NewBrowserPageAsync();
        await first.GotoAsync("/");
        await second.GotoAsync("/");

        await Switcher(first).SelectOptionAsync(new SelectOptionValue { Label = "Bruno" });
        await ExpectActiveRacerAsync(first, "Bruno");
        await second.ReloadAsync();

        await ExpectActiveRacerAsync(second, "Ana");
        await first.ReloadAsync();
        await ExpectActiveRacerAsync(first, "Bruno");
    });

    Task<string> IdOf(string name) =>
        TestPostgres.ScalarAsync<int>(App.ConnectionString, $"SELECT id FROM racer_profiles WHERE name = '{name}'").ContinueWith(t => t.Result.ToString());
}
