using Pitwall.Sql.Fleet;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Fleet;

public sealed class CarStoreTests
{
    [Fact]
    public async Task Cars_AreCreatedListedUpdatedAndDeleted_ForTheActiveRacer()
    {
        var stores = await TestStores.CreateAsync();
        var (_, ana) = await stores.RacerAsync("Ana");
        var xray = await stores.CarAsync(ana, "Xray", "XB8");
        var mugen = await stores.CarAsync(ana, "Mugen", "MBX8R", "Old Faithful");

        var listed = await stores.Cars.FleetPanelAsync(ana);
        var updated = await stores.Cars.UpdateAsync(ana, xray, new CarFields("Xray", "XB8 2025", "New", "1234567"), _ => """{"DF": 7000}""");
        var deleted = await stores.Cars.DeleteAsync(ana, mugen);

        Assert.Equal(["Mugen", "Xray"], listed.Select(r => r.Brand));
        Assert.All(listed, r => Assert.Equal("Ana", r.RacerName));
        Assert.Equal(FleetWriteOutcome.Saved, updated);
        Assert.Equal(FleetWriteOutcome.Saved, deleted);
        var car = await stores.Cars.GetAsync(ana, xray);
        Assert.Equal("XB8 2025", car!.Model);
        Assert.Equal("1234567", car.Transponder);
        Assert.Contains("7000", car.Baseline);
        Assert.Null(await stores.Cars.GetAsync(ana, mugen));
    }

    [Fact]
    public async Task TwoCarsOfTheSameModel_NeedDifferentNicknames()
    {
        var stores = await TestStores.CreateAsync();
        var (_, ana) = await stores.RacerAsync("Ana");
        await stores.CarAsync(ana, "Mugen", "MBX8R");

        var nicknamed = await stores.Cars.CreateAsync(ana, new CarFields("Mugen", "MBX8R", "Spare", null));
        var sameAgain = await stores.Cars.CreateAsync(ana, new CarFields("Mugen", "MBX8R", "Spare", null));
        var noNickname = await stores.Cars.CreateAsync(ana, new CarFields("Mugen", "MBX8R", null, null));

        Assert.Equal(FleetWriteOutcome.Saved, nicknamed.Outcome);
        Assert.Equal(FleetWriteOutcome.Duplicate, sameAgain.Outcome);
        Assert.Equal(FleetWriteOutcome.Duplicate, noNickname.Outcome);
    }

    [Fact]
    public async Task AnotherRacersCar_IsNeverFound_ChangedOrDeleted()
    {
        var stores = await TestStores.CreateAsync();
        var (_, ana) = await stores.RacerAsync("Ana");
        var (_, bruno) = await stores.RacerAsync("Bruno");
        var anasCar = await stores.CarAsync(ana, "Mugen", "MBX8R");

        Assert.Null(await stores.Cars.GetAsync(bruno, anasCar));
        Assert.Equal(FleetWriteOutcome.NotFound, await stores.Cars.UpdateAsync(bruno, anasCar, new CarFields("Hacked", "X", null, null), _ => "{}"));
        Assert.Equal(FleetWriteOutcome.NotFound, await stores.Cars.DeleteAsync(bruno, anasCar));
        Assert.Equal("Mugen", (await stores.Cars.GetAsync(ana, anasCar))!.Brand);
        Assert.DoesNotContain(await stores.Cars.FleetPanelAsync(bruno), r => r.CarId is not null);
    }

    [Fact]
    public async Task AdoptedFleet_KeepsItsCars_AndAllowsASecondCarOfTheSameModelWithANickname()
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, Phase44State.NotRun);
        var stores = await TestStores.CreateAsync(db);
        var sam = TestStores.NewBrowser();
        await stores.Browsers.SwitchAsync(null, sam, await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM racer_profiles WHERE name = 'Sam Rivers'"));

        var spare = await stores.Cars.CreateAsync(sam, new CarFields("Mugen", "MBX8R", "Spare", null));

        Assert.Equal(FleetWriteOutcome.Saved, spare.Outcome);
        // The earlier tool's MBX8R has the nickname '' (its blank), Sam's new one "Spare"; the Tekno has none.
        Assert.Equal(["", "Spare", null], (await stores.Cars.FleetPanelAsync(sam)).Select(r => r.Nickname));
    }

    [Fact]
    public async Task TheDatabaseRefuses_CarFieldsThatBreakTheRules()
    {
        var stores = await TestStores.CreateAsync();
        var (racer, _) = await stores.RacerAsync("Ana");

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => TestPostgres.ExecuteAsync(stores.ConnectionString,
            $"INSERT INTO vehicles (profile_id, brand, model, transponder) VALUES ({racer}, 'Mugen', 'MBX8R', 'not a transponder!')"));

        Assert.Equal("vehicles_transponder_rule", error.ConstraintName);
    }
}
