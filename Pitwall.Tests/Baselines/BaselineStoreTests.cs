using System.Text.Json.Nodes;
using Pitwall.Sql.EventSetup;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Baselines;

/// <summary>
/// Baseline history: make a baseline from a session, list, restore; nothing is ever lost. On a fresh
/// database and on an adopted one, whose vehicles carry the earlier tool's rules and update trigger.
/// </summary>
public abstract class BaselineStoreTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : BaselineStoreTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : BaselineStoreTests(DatabaseShape.Adopted);

    const string Original = """{"front": {"shock_oil": "450wt", "unknown": 1}, "notes": "from the earlier tool"}""";
    static readonly SessionDetails Practice = new("Club race", "Practice", new DateOnly(2026, 11, 21), null, null, null, null, null);

    async Task<(TestStores Stores, byte[] Ana, int Car, int Session)> AnasSessionAsync()
    {
        var stores = await TestStores.CreateAsync(await TestDatabases.CreateAsync(shape));
        var (_, ana) = await stores.RacerAsync("Ana");
        var car = await stores.CarAsync(ana, "Mugen", "MBX8R");
        await TestPostgres.ExecuteAsync(stores.ConnectionString, $"UPDATE vehicles SET baseline_setup = '{Original}' WHERE id = {car}");
        var session = (await stores.Events.CreateDraftAsync(ana, car, Practice))!.Value;
        await stores.Events.SaveDraftAsync(ana, session, Practice, """{"SO_F": 550, "DF": "7000"}""", lockIt: true);
        return (stores, ana, car, session);
    }

    static async Task<JsonNode> BaselineAsync(TestStores stores, int car) =>
        JsonNode.Parse(await TestPostgres.ScalarAsync<string>(stores.ConnectionString, $"SELECT baseline_setup::text FROM vehicles WHERE id = {car}"))!;

    /// <summary>The car's baseline history, oldest first: "source setup" per entry.</summary>
    static async Task<string[]> HistoryAsync(TestStores stores, int car) =>
        (await TestPostgres.ScalarAsync<string>(stores.ConnectionString,
            $"SELECT coalesce(string_agg(source || ' ' || setup::text, E'\\n' ORDER BY id), '') FROM baseline_history WHERE vehicle_id = {car}")).Split('\n');

    [Fact]
    public async Task MakeBaseline_ReplacesTheCarsBaseline_AndKeepsTheOneItReplaced()
    {
        var (stores, ana, car, session) = await AnasSessionAsync();

        Assert.Equal(car, await stores.Baselines.MakeFromSessionAsync(ana, session));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"front": {"shock_oil": 550}, "diffs": {"front": "7000"}}"""), await BaselineAsync(stores, car)));
        var history = await HistoryAsync(stores, car);
        Assert.Equal(["shop-master", "session"], history.Select(l => l.Split(' ')[0]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Original), JsonNode.Parse(history[0]["shop-master ".Length..])));
        Assert.True(JsonNode.DeepEquals(await BaselineAsync(stores, car), JsonNode.Parse(history[1]["session ".Length..])));
        var listed = (await stores.Baselines.ForCarAsync(ana, car))!;
        Assert.Equal([("session", true, "from session “Club race”"), ("shop-master", false, "as set in Shop Master")],
            listed.Entries.Select(e => (e.Source, e.IsCurrent, e.Origin)));
        Assert.True(listed.NewestIsCurrent);
    }

    [Fact]
    public async Task Restore_MakesAnEarlierBaselineCurrentAgain_AsANewEntry_NothingOverwritten()
    {
        var (stores, ana, car, session) = await AnasSessionAsync();
        await stores.Baselines.MakeFromSessionAsync(ana, session);
        var first = (await stores.Baselines.ForCarAsync(ana, car))!.Entries[^1].Id;
        var before = await HistoryAsync(stores, car);

        Assert.Equal(car, await stores.Baselines.RestoreAsync(ana, first));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Original), await BaselineAsync(stores, car)));
        var after = await HistoryAsync(stores, car);
        Assert.Equal(before, after[..^1]);
        Assert.StartsWith("restored ", after[^1]);
        var listed = (await stores.Baselines.ForCarAsync(ana, car))!;
        Assert.Equal(("restored", first, true), (listed.Entries[0].Source, listed.Entries[0].RestoredFrom!.Value, listed.Entries[0].IsCurrent));
        Assert.Equal(3, listed.Entries.Count);
    }

    [Fact]
    public async Task ABaselineEditedInShopMasterSinceItsNewestEntry_IsKept_BeforeItIsReplaced()
    {
        var (stores, ana, car, session) = await AnasSessionAsync();
        await stores.Baselines.MakeFromSessionAsync(ana, session);
        await TestPostgres.ExecuteAsync(stores.ConnectionString, $$$"""UPDATE vehicles SET baseline_setup = '{"front": {"shock_oil": 600}}' WHERE id = {{{car}}}""");
        Assert.False((await stores.Baselines.ForCarAsync(ana, car))!.NewestIsCurrent);

        await stores.Baselines.MakeFromSessionAsync(ana, session);

        Assert.Equal(["shop-master", "session", "shop-master", "session"], (await HistoryAsync(stores, car)).Select(l => l.Split(' ')[0]));
        Assert.Contains("""shop-master {"front": {"shock_oil": 600}}""", await HistoryAsync(stores, car));
    }

    [Fact]
    public async Task AnotherRacersSessionCarOrEntry_IsNotFound_AndChangesNothing()
    {
        var (stores, ana, car, session) = await AnasSessionAsync();
        await stores.Baselines.MakeFromSessionAsync(ana, session);
        var entry = (await stores.Baselines.ForCarAsync(ana, car))!.Entries[^1].Id;
        var (_, bruno) = await stores.RacerAsync("Bruno");
        var history = await HistoryAsync(stores, car);
        var baseline = await BaselineAsync(stores, car);

        Assert.Null(await stores.Baselines.MakeFromSessionAsync(bruno, session));
        Assert.Null(await stores.Baselines.RestoreAsync(bruno, entry));
        Assert.Null(await stores.Baselines.ForCarAsync(bruno, car));

        Assert.Equal(history, await HistoryAsync(stores, car));
        Assert.True(JsonNode.DeepEquals(baseline, await BaselineAsync(stores, car)));
    }
}
