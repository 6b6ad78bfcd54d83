using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.EventSetup;

public sealed class EventSessionStoreTests
{
    static readonly SessionDetails Practice = new("Saturday practice", "Practice", new DateOnly(2026, 11, 28), "Thunder Alley", "Large", "High", "Clay", "Dusty");

    [Fact]
    public async Task ANewSession_StartsAsACopyOfTheCarsBaseline_AndIsTheRacersDraft()
    {
        var stores = await TestStores.CreateAsync();
        var (_, ana) = await stores.RacerAsync("Ana");
        var car = await stores.CarAsync(ana, "Mugen", "MBX8R");
        await stores.Cars.UpdateAsync(ana, car, new("Mugen", "MBX8R", null, null), _ => """{"SO_F": 500, "notes": "keep"}""");

        var id = await stores.Events.CreateDraftAsync(ana, car, Practice);
        var panel = await stores.Events.PanelAsync(ana, null);

        Assert.NotNull(id);
        Assert.Equal(id, panel!.Open!.Id);
        Assert.True(panel.Open.IsDraft);
        Assert.Equal("500", panel.Open.Setup["SO_F"]);
        Assert.Equal("keep", panel.Open.Setup.Extras["notes"]!.GetValue<string>());
        Assert.Equal(new DateOnly(2026, 11, 28), panel.Open.Date);
        Assert.Equal("Ana", panel.RacerName);
        Assert.Single(panel.Cars);
        Assert.Single(panel.Past);
    }

    [Fact]
    public async Task SaveDraft_ThenLock_TurnsTheDraftIntoTheActiveSession()
    {
        var stores = await TestStores.CreateAsync();
        var (_, ana) = await stores.RacerAsync("Ana");
        var car = await stores.CarAsync(ana, "Mugen", "MBX8R");
        var id = (await stores.Events.CreateDraftAsync(ana, car, Practice))!.Value;

        Assert.Equal(DraftOutcome.Saved, await stores.Events.SaveDraftAsync(ana, id, Practice with { Name = "Main final" }, """{"SO_F": 550}"""));
        Assert.Equal(DraftOutcome.Saved, await stores.Events.SaveDraftAsync(ana, id, Practice with { Name = "Main final" }, """{"SO_F": 550}""", lockIt: true));
        Assert.Equal(DraftOutcome.NotADraft, await stores.Events.SaveDraftAsync(ana, id, Practice, "{}"));

        var reopened = await stores.Events.PanelAsync(ana, id);
        Assert.Equal("active", reopened!.Open!.Status);
        Assert.Equal("Main final", reopened.Open.Name);
        Assert.Equal("550", reopened.Open.Setup["SO_F"]);
        Assert.Null((await stores.Events.PanelAsync(ana, null))!.Open);
    }

    [Fact]
    public async Task AnotherRacersCarOrSession_IsNeverUsedOrChanged()
    {
        var stores = await TestStores.CreateAsync();
        var (_, ana) = await stores.RacerAsync("Ana");
        var (_, bruno) = await stores.RacerAsync("Bruno");
        var anasCar = await stores.CarAsync(ana, "Mugen", "MBX8R");
        var anasDraft = (await stores.Events.CreateDraftAsync(ana, anasCar, Practice))!.Value;

        Assert.Null(await stores.Events.CreateDraftAsync(bruno, anasCar, Practice));
        Assert.Equal(DraftOutcome.NotFound, await stores.Events.SaveDraftAsync(bruno, anasDraft, Practice with { Name = "Hacked" }, "{}"));
        Assert.Equal(DraftOutcome.NotFound, await stores.Events.SaveDraftAsync(bruno, anasDraft, Practice, "{}", lockIt: true));
        Assert.Null(await stores.Events.StoredAsync(bruno, anasDraft));
        Assert.Null((await stores.Events.PanelAsync(bruno, anasDraft))!.Open);
        Assert.Null((await stores.Events.PanelAsync(bruno, null))!.Open);
        Assert.Equal("Saturday practice", (await stores.Events.PanelAsync(ana, null))!.Open!.Name);
    }

    [Fact]
    public async Task ASaveCheckedAgainstAnOlderRead_IsRefusedAsChanged_AndSavesNothing_WhileAnUnchangedOneIsSaved()
    {
        var stores = await TestStores.CreateAsync();
        var (_, ana) = await stores.RacerAsync("Ana");
        var car = await stores.CarAsync(ana, "Mugen", "MBX8R");
        var draft = (await stores.Events.CreateDraftAsync(ana, car, Practice))!.Value;
        var read = (await stores.Events.StoredAsync(ana, draft))!;
        // Another window saves the draft between this save's read and its write.
        Assert.Equal(DraftOutcome.Saved, await stores.Events.SaveDraftAsync(ana, draft, Practice, """{"SO_F": 550}"""));

        var late = await stores.Events.SaveDraftAsync(ana, draft, Practice with { Name = "Late" }, """{"SO_F": 600}""", version: read.Version);
        var fresh = (await stores.Events.StoredAsync(ana, draft))!;
        var onTime = await stores.Events.SaveDraftAsync(ana, draft, Practice with { Name = "On time" }, """{"SO_F": 650}""", version: fresh.Version);

        Assert.Equal(DraftOutcome.Changed, late);
        Assert.Equal("550", fresh.Setup["SO_F"]);
        Assert.Equal(DraftOutcome.Saved, onTime);
        Assert.Equal("On time|650", await TestPostgres.ScalarAsync<string>(stores.ConnectionString,
            $"SELECT session_name || '|' || (actual_setup ->> 'SO_F') FROM sessions WHERE id = {draft}"));
    }

    [Fact]
    public void AnOutcomeWordNoMapNames_FailsLoudly_InsteadOfPassingForNotFound()
    {
        var words = new Dictionary<string, DraftOutcome> { ["saved"] = DraftOutcome.Saved, ["not_found"] = DraftOutcome.NotFound };

        var typo = Assert.Throws<InvalidOperationException>(() => Pitwall.Sql.SqlOutcome.Of("svaed", words));

        Assert.Equal(DraftOutcome.NotFound, Pitwall.Sql.SqlOutcome.Of("not_found", words));
        Assert.Contains("svaed", typo.Message);
    }

    [Fact]
    public async Task AdoptedSessions_AreListed_WithTheirNestedSetupMapped()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.NotRun);
        var stores = await TestStores.CreateAsync(db);
        var sam = TestStores.NewBrowser();
        await stores.Browsers.SwitchAsync(null, sam, await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM racer_profiles WHERE name = 'Sam Rivers'"));
        var q2 = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM sessions WHERE session_name = 'Q2'");

        var panel = await stores.Events.PanelAsync(sam, q2);

        Assert.Equal("Q2", panel!.Open!.Name);
        Assert.Equal("550", panel.Open.Setup["SO_F"]);   // {"front": {"shock_oil": 550}} in a session's column
        Assert.Equal("7000", panel.Open.Baseline["DF"]); // {"diffs": {"front": 7000}}
    }
}
