using Pitwall.Sql.Changes;
using Pitwall.Sql.EventSetup;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Changes;

/// <summary>
/// The change log written on lock, outcomes on closeout, lap-time deltas kept current, adopted rows;
/// on a fresh database and on the earlier tool's setup_changes and race_results (its types, its rows).
/// </summary>
public abstract class ChangeStoreTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : ChangeStoreTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : ChangeStoreTests(DatabaseShape.Adopted);

    static SessionDetails On(string name, int day) => new(name, "Practice", new DateOnly(2026, 11, day), null, null, null, null, null);

    sealed record Logged(string Parameter, string? OldValue, string? NewValue, decimal? Before, decimal? After, string Source, string Status,
                         string ComparedWith, int? PreviousSessionId, string? Outcome);

    async Task<(TestStores Stores, byte[] Ana, int Car)> AnasMugenAsync(string baseline)
    {
        var stores = await TestStores.CreateAsync(await TestDatabases.CreateAsync(shape));
        var (_, ana) = await stores.RacerAsync("Ana");
        var car = await stores.CarAsync(ana, "Mugen", "MBX8R");
        await TestPostgres.ExecuteAsync(stores.ConnectionString, $"UPDATE vehicles SET baseline_setup = '{baseline}' WHERE id = {car}");
        return (stores, ana, car);
    }

    static async Task<int> LockedAsync(TestStores stores, byte[] browser, int car, SessionDetails details, string setup)
    {
        var id = (await stores.Events.CreateDraftAsync(browser, car, details))!.Value;
        Assert.Equal(DraftOutcome.Saved, await stores.Events.SaveDraftAsync(browser, id, details, setup, lockIt: true));
        return id;
    }

    static Task ResultAsync(TestStores stores, int session, decimal best) => TestPostgres.ExecuteAsync(stores.ConnectionString, $"""
        INSERT INTO race_results (session_id, profile_id, heat_name, best_lap)
        SELECT id, profile_id, 'Q1', {best.ToString(System.Globalization.CultureInfo.InvariantCulture)} FROM sessions WHERE id = {session}
        """);

    static async Task<List<Logged>> LogAsync(TestStores stores, int session)
    {
        await using var c = new Npgsql.NpgsqlConnection(stores.ConnectionString);
        return (await Dapper.SqlMapper.QueryAsync<Logged>(c, """
            SELECT parameter, old_value AS oldvalue, new_value AS newvalue, lap_time_before AS before, lap_time_after AS after,
                   source, status, compared_with AS comparedwith, previous_session_id AS previoussessionid, outcome
            FROM setup_changes WHERE session_id = @session ORDER BY id
            """, new { session })).ToList();
    }

    [Fact]
    public async Task LockingTheFirstSession_LogsEachParameterThatDiffersFromTheBaseline_ValuesAsStored()
    {
        // Baseline nested as the earlier tool stores it; "7000" = 7000.0 and "2,0" = 2 are no change.
        var (stores, ana, car) = await AnasMugenAsync("""{"front": {"shock_oil": "450wt", "sway_bar": "2,0"}, "diffs": {"front": 7000}, "tires": {"compound": "Green"}}""");

        var session = await LockedAsync(stores, ana, car, On("Saturday practice", 21),
            """{"SO_F": 500, "SB_F": 2, "DF": 7000.0, "Compound": " green ", "Tread": "Bar Codes"}""");

        Assert.Equal(
        [
            new("SO_F", "450wt", "500", null, null, "manual", "accepted", "baseline", null, null),
            new("Tread", null, "Bar Codes", null, null, "manual", "accepted", "baseline", null, null),
        ], await LogAsync(stores, session));
    }

    [Fact]
    public async Task LockingALaterSession_ComparesWithThePreviousLockedSession_AndItsBestLap()
    {
        var (stores, ana, car) = await AnasMugenAsync("""{"front": {"shock_oil": 450}}""");
        var first = await LockedAsync(stores, ana, car, On("Club practice", 14), """{"SO_F": 500}""");
        await ResultAsync(stores, first, 24.5m);
        // A draft in between is not a session yet: the next lock compares with the first.
        await stores.Events.CreateDraftAsync(ana, car, On("Unfinished", 15));

        var second = await LockedAsync(stores, ana, car, On("Club race", 21), """{"SO_F": 550}""");

        Assert.Equal([new("SO_F", "500", "550", 24.5m, null, "manual", "accepted", "session", first, null)], await LogAsync(stores, second));
    }

    [Fact]
    public async Task LapTimesBeforeAndAfter_FollowTheResultsOfBothSessions()
    {
        var (stores, ana, car) = await AnasMugenAsync("""{"front": {"shock_oil": 450}}""");
        var first = await LockedAsync(stores, ana, car, On("Club practice", 14), """{"SO_F": 500}""");
        await ResultAsync(stores, first, 24.5m);
        var second = await LockedAsync(stores, ana, car, On("Club race", 21), """{"SO_F": 550}""");

        await ResultAsync(stores, second, 24.3m);
        await ResultAsync(stores, second, 24.1m);
        await ResultAsync(stores, first, 24.4m);
        var afterAdding = (await LogAsync(stores, second)).Single();
        await TestPostgres.ExecuteAsync(stores.ConnectionString, $"DELETE FROM race_results WHERE session_id = {second} AND best_lap = 24.1");
        var afterDeleting = (await LogAsync(stores, second)).Single();

        Assert.Equal((24.4m, 24.1m), (afterAdding.Before, afterAdding.After));
        Assert.Equal((24.4m, 24.3m), (afterDeleting.Before, afterDeleting.After));
        // The first session's own change (against the baseline) has no "before".
        Assert.Equal((null, 24.4m), ((await LogAsync(stores, first)).Single().Before, (await LogAsync(stores, first)).Single().After));
    }

    [Theory]
    [InlineData(1, "failure")]
    [InlineData(2, "failure")]
    [InlineData(3, "neutral")]
    [InlineData(4, "success")]
    [InlineData(5, "success")]
    public async Task ClosingASession_MarksEachOfItsChangesWithTheRatingsOutcome(int rating, string outcome)
    {
        var (stores, ana, car) = await AnasMugenAsync("""{"front": {"shock_oil": 450}, "rear": {"shock_oil": 400}}""");
        var session = await LockedAsync(stores, ana, car, On("Club race", 21), """{"SO_F": 500, "SO_R": 450}""");

        var closed = await stores.Changes.CloseAsync(ana, session, new Closeout(rating, "Corner exit", "Planted on exit"));

        Assert.Equal(CloseOutcome.Closed, closed);
        Assert.All(await LogAsync(stores, session), c => Assert.Equal(outcome, c.Outcome));
        var closeout = await stores.Changes.CloseoutAsync(ana, session);
        Assert.Equal(("closed", rating, "Corner exit", "Planted on exit"), (closeout!.Status, closeout.Rating!.Value, closeout.Feel, closeout.Observation));
        Assert.NotNull(closeout.ClosedAt);
    }

    [Fact]
    public async Task ClosingADraft_AClosedSession_OrAnotherRacersSession_ChangesNothing()
    {
        var (stores, ana, car) = await AnasMugenAsync("{}");
        var (_, bruno) = await stores.RacerAsync("Bruno");
        var draft = (await stores.Events.CreateDraftAsync(ana, car, On("Draft", 20)))!.Value;
        var locked = await LockedAsync(stores, ana, car, On("Club race", 21), """{"SO_F": 500}""");
        var closeout = new Closeout(4, null, null);
        Assert.Equal(CloseOutcome.Closed, await stores.Changes.CloseAsync(ana, locked, closeout));
        var before = await TestPostgres.ScalarAsync<string>(stores.ConnectionString,
            "SELECT string_agg(row(s.id, s.status)::text, ',' ORDER BY id) || (SELECT string_agg(row(c.*)::text, ',') FROM session_closeouts c) FROM sessions s");

        Assert.Equal(CloseOutcome.StillADraft, await stores.Changes.CloseAsync(ana, draft, closeout));
        Assert.Equal(CloseOutcome.AlreadyClosed, await stores.Changes.CloseAsync(ana, locked, new Closeout(1, null, null)));
        Assert.Equal(CloseOutcome.NotFound, await stores.Changes.CloseAsync(bruno, locked, new Closeout(1, null, null)));
        Assert.Null(await stores.Changes.CloseoutAsync(bruno, locked));
        Assert.Null(await stores.Changes.ForCarAsync(bruno, car));
        Assert.Equal(before, await TestPostgres.ScalarAsync<string>(stores.ConnectionString,
            "SELECT string_agg(row(s.id, s.status)::text, ',' ORDER BY id) || (SELECT string_agg(row(c.*)::text, ',') FROM session_closeouts c) FROM sessions s"));
        Assert.Equal("success", (await LogAsync(stores, locked)).Single().Outcome);
    }

    [Fact]
    public async Task RowsOtherToolsWrote_AreShownNewestFirst_MappedToTheSheetWhereTheyMap()
    {
        var (stores, ana, car) = await AnasMugenAsync("""{"front": {"shock_oil": 450}}""");
        var first = await LockedAsync(stores, ana, car, On("Club practice", 14), """{"SO_F": 500}""");
        // As the earlier tool and an AI assistant wrote them: legacy paths, other sources and statuses, no vehicle id.
        await TestPostgres.ExecuteAsync(stores.ConnectionString, $"""
            INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after, source, status)
            VALUES ({first}, NULL, 'front.shock_oil', '450wt', '550', 42.51, 42.10, 'ai', 'pending'),
                   ({first}, {car}, 'wing_angle', '10', '12', NULL, NULL, 'manual', 'denied');
            """);
        var second = await LockedAsync(stores, ana, car, On("Club race", 21), """{"SO_F": 550}""");

        var changes = (await stores.Changes.ForCarAsync(ana, car))!.Changes;

        Assert.Equal([second, first, first, first], changes.Select(c => c.SessionId!.Value));
        Assert.Equal(["SO_F", "wing_angle", "SO_F", "SO_F"], changes.Select(c => c.Key));
        var ai = changes.Single(c => c.Source == "ai");
        Assert.Equal(("pending", -0.41m), (ai.Status!, ai.Delta!.Value));
        var summary = ParameterSummary.Of(changes);
        Assert.Equal(["SO_F", "wing_angle"], summary.Select(s => s.Key));
        Assert.Equal(3, summary[0].Changes);
        Assert.Equal(-0.41m, summary[0].MeanDelta);
    }

    [Fact]
    public async Task PitwallsOwnChangeLog_DoesNotBlockDeletingTheCarOrTheRacer_AndKeepsOtherToolsRows()
    {
        // Pitwall's rows refer to the car (vehicle_id) and to the session before (previous_session_id) beside the
        // session they belong to; on an adopted database the earlier tool's advisor row on Sam's Q2 stays.
        var db = await TestDatabases.CreateAsync(shape);
        var stores = await TestStores.CreateAsync(db);
        var (zoe, browser) = await stores.RacerAsync("Zoe");
        var cars = new[] { await stores.CarAsync(browser, "Mugen", "MBX8R"), await stores.CarAsync(browser, "Xray", "XB8") };
        foreach (var car in cars) await LockedAsync(stores, browser, car, On("Club race", 21), """{"SO_F": 500}""");
        var othersRows = await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM setup_changes WHERE compared_with IS NULL");

        Assert.Equal(Pitwall.Sql.Fleet.FleetWriteOutcome.Saved, await stores.Cars.DeleteAsync(browser, cars[0]));
        Assert.Equal(Pitwall.Sql.Profiles.ProfileWriteOutcome.Saved, await stores.Profiles.DeleteAsync(zoe));

        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM setup_changes WHERE compared_with IS NOT NULL"));
        Assert.Equal(othersRows, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM setup_changes"));
    }
}
