using Pitwall.Tests.Infrastructure;
using Pitwall.E2E.Harness;

namespace Pitwall.E2E;

/// <summary>
/// Checklist 14. The pit wall: two browsers, the wall on the board and a racer at the track. The
/// racer locks a draft, saves a result and sends a message; each shows on the racer's card within
/// 2 s, with no reload. The wall taps the card, sees the session read-only and replies; the reply
/// shows on the racer's session view, again with no reload. The board's screenshot goes to docs/
/// for the README.
/// </summary>
public sealed class PitWallTests : BrowserTest
{
    static readonly LocatorAssertionsToContainTextOptions Within2s = new() { Timeout = 2_000 };

    /// <summary>Mia runs the wall (the default racer, so her browser opens on her team); Ana races; Bruno raced earlier today.</summary>
    async Task SeedTeamAsync()
    {
        await SeedRacersAsync("Mia", "Ana", "Bruno");
        await SeedCarAsync("Ana", "Mugen", "MBX8R", baseline: """{"front": {"shock_oil": 450}, "rear": {"shock_oil": 400}}""");
        await SeedCarAsync("Bruno", "Xray", "XB8");
        await TestPostgres.ExecuteAsync(App.ConnectionString, """
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, status, actual_setup)
            SELECT v.profile_id, v.id, 'Club race', 'Main', CURRENT_DATE, 'Thunder Alley', 'draft', '{"SO_F": 500, "SO_R": 400}'
            FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id WHERE r.name = 'Ana';
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, status, last_updated)
            SELECT v.profile_id, v.id, 'Qualifier 2', 'Qualifier', CURRENT_DATE, 'Thunder Alley', 'active', localtimestamp - interval '40 minutes'
            FROM vehicles v JOIN racer_profiles r ON r.id = v.profile_id WHERE r.name = 'Bruno';
            INSERT INTO race_results (session_id, profile_id, heat_name, position, best_lap, created_at)
            SELECT id, profile_id, 'Q2', 4, 41.873, localtimestamp - interval '35 minutes' FROM sessions WHERE session_name = 'Qualifier 2';
            """);
    }

    [Fact]
    public Task TheRacersLockResultAndMessage_ReachTheWallWithin2s_AndTheWallsReplyReachesTheRacer() => StepsAsync(async () =>
    {
        await SeedTeamAsync();
        var wall = await NewBrowserPageAsync();
        await wall.GotoAsync("/pit-wall");
        await Expect(wall.GetByRole(AriaRole.Heading, new() { Name = "Pit wall · Pit crew" })).ToBeVisibleAsync();
        await Expect(wall.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live" })).ToHaveTextAsync("● Live");
        var card = wall.GetByRole(AriaRole.Link, new() { Name = "Ana", Exact = true });
        await Expect(card).ToContainTextAsync("Club race · Main · draft");

        var racer = await NewBrowserPageAsync();
        await racer.GotoAsync("/");
        await SwitchToAsync(racer, "Ana");
        await racer.GetByRole(AriaRole.Button, new() { Name = "Lock Config" }).ClickAsync();
        await Expect(racer.GetByRole(AriaRole.Button, new() { Name = "Close Session" })).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Club race · Main · active", Within2s);
        await Expect(card).ToContainTextAsync("SO_F");

        await racer.GetByRole(AriaRole.Button, new() { Name = "➕ Add Result" }).ClickAsync();
        await racer.GetByLabel("Heat").FillAsync("A-Main");
        await racer.GetByLabel("Position", new() { Exact = true }).FillAsync("2");
        await racer.GetByLabel("Results or lap times", new() { Exact = true }).FillAsync("41.512\n41.204\n41.930");
        await racer.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();
        await Expect(racer.GetByRole(AriaRole.Article, new() { Name = "Result A-Main · P2" })).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("A-Main · P2 · best 41.204", Within2s);

        var racersThread = racer.GetByRole(AriaRole.Region, new() { Name = "Pit wall · Pit crew" });
        await racersThread.GetByLabel("Message type").SelectOptionAsync(new SelectOptionValue { Label = "🔧 Setup" });
        await racersThread.GetByLabel("Message", new() { Exact = true }).FillAsync("Rear end loose in the whoops");
        await racersThread.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Expect(racersThread.GetByRole(AriaRole.List)).ToContainTextAsync("Rear end loose in the whoops");
        await Expect(card).ToContainTextAsync("Rear end loose in the whoops", Within2s);
        await Expect(card).ToContainTextAsync("1 unread from Ana");
        // Ana's card has the newest activity: it leads the board.
        await Expect(wall.GetByRole(AriaRole.Link).Filter(new() { HasText = "Updated" }).First).ToHaveAttributeAsync("aria-label", "Ana");
        await wall.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "pit-wall.png") });

        await card.ClickAsync();
        await Expect(wall.GetByRole(AriaRole.Heading, new() { Name = "Club race" })).ToBeVisibleAsync();
        await Expect(wall.GetByText("Read-only: what the wall sees.")).ToBeVisibleAsync();
        await Expect(wall.GetByRole(AriaRole.Button, new() { Name = "Lock Config" })).ToHaveCountAsync(0);
        // The wall's own racer is still Mia: tapping a card switches nothing.
        var mia = await TestPostgres.ScalarAsync<int>(App.ConnectionString, "SELECT id FROM racer_profiles WHERE name = 'Mia'");
        await Expect(Switcher(wall)).ToHaveValueAsync(mia.ToString());
        var wallsThread = wall.GetByRole(AriaRole.Region, new() { Name = "Messages with Ana" });
        await wallsThread.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();
        await Expect(wallsThread.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("✓ Read");
        await wallsThread.GetByLabel("Message type").SelectOptionAsync(new SelectOptionValue { Label = "📣 Call-in" });
        await wallsThread.GetByLabel("Message", new() { Exact = true }).FillAsync("Box next lap: rear shocks to 450");
        await wallsThread.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();

        // The racer never reloads: the reply arrives on the open session view, newest first.
        var newest = racersThread.GetByRole(AriaRole.Listitem).First;
        await Expect(newest).ToContainTextAsync("Box next lap: rear shocks to 450", Within2s);
        await Expect(newest).ToContainTextAsync("Call-in · Pit wall");
        await newest.GetByRole(AriaRole.Button, new() { Name = "Got it" }).ClickAsync();
        await Expect(racersThread.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("✓ Read");
    });
}
