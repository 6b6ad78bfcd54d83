using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>Checklist 9. Access key: a hosted team signs in with its key, and signs out.</summary>
public sealed class AccessKeyTests : BrowserTest
{
    const string Key = "pit-lane-key-2026";

    protected override IReadOnlyDictionary<string, string?> AppSettings { get; } =
        new Dictionary<string, string?> { ["PITWALL_ACCESS_KEY"] = Key };

    [Fact]
    public Task AWrongKeyIsRefused_TheRightOneOpensThePitWall_AndSignOutClosesIt() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/shop-master");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Pitwall" })).ToBeVisibleAsync();
        await Expect(Switcher(page)).ToHaveCountAsync(0);

        await page.GetByLabel("Access key").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "not the team's access key" })).ToBeVisibleAsync();

        await page.GetByLabel("Access key").FillAsync(Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(FleetPanel(page)).ToBeVisibleAsync();
        await Expect(Switcher(page).GetByRole(AriaRole.Option, new() { Selected = true })).ToHaveTextAsync("⭐ Ana");

        // A second tab of the same browser is signed in too: the cookie, not the page, carries it.
        var again = await page.Context.NewPageAsync();
        await again.GotoAsync("/");
        await ExpectActiveRacerAsync(again, "Ana");
        await again.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByLabel("Access key")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Pitwall" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task APanelLoadedAfterSigningOutElsewhere_SendsTheBrowserToSignIn() => StepsAsync(async () =>
    {
        await SeedRacersAsync("Ana", "Bruno");
        var page = await NewBrowserPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Access key").FillAsync(Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await ExpectActiveRacerAsync(page, "Ana");

        // Signed out in another tab: this tab's next htmx request is answered with HX-Redirect, which htmx follows.
        await page.Context.ClearCookiesAsync(new() { Name = "pitwall_auth" });
        await Switcher(page).SelectOptionAsync(new SelectOptionValue { Label = "Bruno" });

        await Expect(page.GetByLabel("Access key")).ToBeVisibleAsync();
        Assert.EndsWith("/sign-in", page.Url);
    });
}
