using Npgsql;
using Pitwall.Sql.Profiles;
using Pitwall.Sql.Browsers;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Profiles;

public sealed class ProfileStoreTests
{
    // The shared fixture every store test uses (TestStores: a migrated database of the test's own).
    static async Task<(ProfileStore Profiles, BrowserStore Browsers, string Db)> StoresAsync()
    {
        var stores = await TestStores.CreateAsync();
        return (stores.Profiles, stores.Browsers, stores.ConnectionString);
    }

    static async Task<string> DefaultsAsync(string db) =>
        await TestPostgres.ScalarAsync<string>(db, "SELECT coalesce(string_agg(name, ','), '') FROM racer_profiles WHERE is_default");

    [Fact]
    public async Task Create_TheFirstRacerBecomesTheDefault_LaterOnesDoNot()
    {
        var (profiles, _, db) = await StoresAsync();

        await profiles.CreateAsync("Ana", "ana@example.com");
        await profiles.CreateAsync("Bruno", null);

        Assert.Equal("Ana", await DefaultsAsync(db));
    }

    [Fact]
    public async Task Sidebar_PutsTheDefaultFirst_ThenNamesIgnoringCase()
    {
        var (profiles, _, _) = await StoresAsync();
        foreach (var name in new[] { "mia", "Zoe", "ana", "Bruno" }) await profiles.CreateAsync(name, null);

        var racers = await profiles.SidebarAsync(null);

        Assert.Equal(["mia", "ana", "Bruno", "Zoe"], racers.Select(r => r.Name));
        Assert.True(racers[0].IsDefault && racers[0].IsActive);
    }

    [Fact]
    public async Task Create_WithANameThatExistsIgnoringCase_IsRefused()
    {
        var (profiles, _, db) = await StoresAsync();
        await profiles.CreateAsync("Ana", null);

        var duplicate = await profiles.CreateAsync("ANA", null);

        Assert.Equal(ProfileWriteOutcome.DuplicateName, duplicate.Outcome);
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM racer_profiles"));
    }

    [Fact]
    public async Task Create_SameNameFromManyRequestsAtOnce_CreatesOne()
    {
        var (profiles, _, db) = await StoresAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => profiles.CreateAsync(i % 2 == 0 ? "Twin" : "TWIN", null)));

        Assert.Single(ids, id => id.Outcome == ProfileWriteOutcome.Saved);
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM racer_profiles"));
        Assert.Equal("Twin", await DefaultsAsync(db), ignoreCase: true);
    }

    [Fact]
    public async Task SetAsDefault_MovesTheDefault_AndAnUnknownIdIsNotFound()
    {
        var (profiles, _, db) = await StoresAsync();
        await profiles.CreateAsync("Ana", null);
        var bruno = (await profiles.CreateAsync("Bruno", null)).Id;

        Assert.Equal(ProfileWriteOutcome.Saved, await profiles.UpdateAsync(bruno, MadeDefault("Bruno")));
        Assert.Equal(ProfileWriteOutcome.NotFound, await profiles.UpdateAsync(bruno + 1000, MadeDefault("Nobody")));
        Assert.Equal("Bruno", await DefaultsAsync(db));
    }

    /// <summary>Edit Profile saved with "Set as Default Profile" checked, the name as it is: what the request runs.</summary>
    static RacerChanges MadeDefault(string name) => new(name, null, null, null, [], MakeDefault: true);

    [Fact]
    public async Task SetAsDefault_WhenFiftyRequestsRace_LeavesExactlyOneDefault()
    {
        var (profiles, _, db) = await StoresAsync();
        var ids = new List<int>();
        for (var i = 0; i < 10; i++) ids.Add((await profiles.CreateAsync($"Racer {i}", null)).Id);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => profiles.UpdateAsync(ids[i % ids.Count], MadeDefault($"Racer {i % ids.Count}"))));

        Assert.All(results, r => Assert.Equal(ProfileWriteOutcome.Saved, r));
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM racer_profiles WHERE is_default"));
    }

    [Fact]
    public async Task Delete_TheDefault_MakesTheOldestRemainingRacerDefault_AndRemovesTheirCars()
    {
        var (profiles, _, db) = await StoresAsync();
        var ana = (await profiles.CreateAsync("Ana", null)).Id;
        await profiles.CreateAsync("Bruno", null);
        await profiles.CreateAsync("Carla", null);
        await TestPostgres.ExecuteAsync(db, $"INSERT INTO vehicles (profile_id, brand, model) VALUES ({ana}, 'Mugen', 'MBX8R')");

        Assert.Equal(ProfileWriteOutcome.Saved, await profiles.DeleteAsync(ana));
        Assert.Equal(ProfileWriteOutcome.NotFound, await profiles.DeleteAsync(ana));
        Assert.Equal("Bruno", await DefaultsAsync(db));
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM vehicles"));
    }

    [Fact]
    public async Task Update_RefusesADuplicateName_ChangingNothing_ThenSavesAndMovesTheDefault()
    {
        var (profiles, _, db) = await StoresAsync();
        await profiles.CreateAsync("Ana", null);
        var bruno = (await profiles.CreateAsync("Bruno", null)).Id;
        const string Rows = "SELECT string_agg(row(id, name, email, is_default, sponsors, updated_at)::text, ';' ORDER BY id) FROM racer_profiles";
        var before = await TestPostgres.ScalarAsync<string>(db, Rows);

        var duplicate = await profiles.UpdateAsync(bruno, new RacerChanges("ana", null, null, null, [], MakeDefault: true));
        Assert.Equal(before, await TestPostgres.ScalarAsync<string>(db, Rows));
        var saved = await profiles.UpdateAsync(bruno, new RacerChanges("Bruno B", "b@example.com", "fb", "ig", ["JQ", "Hudy"], MakeDefault: true));

        Assert.Equal(ProfileWriteOutcome.DuplicateName, duplicate);
        Assert.Equal(ProfileWriteOutcome.Saved, saved);
        Assert.Equal("Bruno B", await DefaultsAsync(db));
        Assert.Equal("{JQ,Hudy}", await TestPostgres.ScalarAsync<string>(db, $"SELECT sponsors::text FROM racer_profiles WHERE id = {bruno}"));
    }

    [Fact]
    public async Task AdoptedRowsThatBreakTheNameRule_StayAsTheyAre_ButNewRowsMustFollowIt()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.NotRun);
        var longName = new string('x', 120);
        await TestPostgres.ExecuteAsync(db, $"INSERT INTO racer_profiles (name) VALUES ('{longName}'), ('ana'), ('Ana')");
        var profiles = (await TestStores.CreateAsync(db)).Profiles;
        var longId = await TestPostgres.ScalarAsync<int>(db, $"SELECT id FROM racer_profiles WHERE name = '{longName}'");

        Assert.Equal(ProfileWriteOutcome.Saved, await profiles.UpdateAsync(longId, MadeDefault(longName)));
        var insert = await Assert.ThrowsAsync<PostgresException>(() =>
            TestPostgres.ExecuteAsync(db, $"INSERT INTO racer_profiles (name) VALUES ('{longName}y')"));
        Assert.Equal("racer_profiles_name_rule", insert.ConstraintName);
        Assert.Equal(2L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM racer_profiles WHERE lower(name) = 'ana'"));
    }

    [Fact]
    public async Task Switch_PointsTheBrowserAtTheRacer_AndUnknownRacerReturnsNothing()
    {
        var (profiles, browsers, _) = await StoresAsync();
        await profiles.CreateAsync("Ana", null);
        var bruno = (await profiles.CreateAsync("Bruno", null)).Id;
        var browser = TestStores.NewBrowser();

        var switched = await browsers.SwitchAsync(null, browser, bruno);
        var unknown = await browsers.SwitchAsync(browser, TestStores.NewBrowser(), bruno + 1000);
        var again = await browsers.SwitchAsync(browser, TestStores.NewBrowser(), bruno);
        var listed = await profiles.SidebarAsync(browser);
        var other = await profiles.SidebarAsync(TestStores.NewBrowser());

        Assert.Equal("Bruno", switched.Racers.Single(r => r.IsActive).Name);
        Assert.True(switched.Minted);
        Assert.False(again.Minted);
        Assert.Empty(unknown.Racers);
        Assert.Equal("Bruno", listed.Single(r => r.IsActive).Name);
        Assert.Equal("Ana", other.Single(r => r.IsActive).Name);
    }
}
