using System.Net;
using Dapper;
using Npgsql;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Changes;

/// <summary>
/// Sam Rivers's sessions on the database the earlier tool made, while a team switches over
/// (issue 18, item 5): the tool's own statements keep working after adoption and after
/// Pitwall's writes, Pitwall shows what they wrote, and Lock Config and Close Session work on
/// the tool's draft. Those rows exist only on an adopted database, so this class has that shape only.
/// </summary>
public sealed class EarlierToolSessionsEndpointTests : IAsyncLifetime
{
    SamRivers _sam = null!;

    public async Task InitializeAsync() => _sam = await SamRivers.StartAsync();

    public async Task DisposeAsync() => await _sam.DisposeAsync();

    async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> form)
    {
        var response = await _sam.Browser.HtmxPostAsync(path, form);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return response;
    }

    [Fact]
    public async Task TheToolsResultAndChangeStatements_WorkAfterPitwallsWrites_AndPitwallShowsWhatTheyWrote()
    {
        var sunday = await _sam.SessionAsync("Sunday rounds");
        // Pitwall's writes first: a result on Sunday rounds (best 41.6), then a session locked after it, whose
        // change log is measured against Sunday rounds (SO_F "500" there).
        await PostAsync($"/event-setup/sessions/{sunday}/results", new()
        {
            ["Heat"] = "Round 1", ["RacingClass"] = "1/8 Nitro Buggy", ["Position"] = "4", ["LapTimes"] = "41.8\n41.6\n41.7",
        });
        await PostAsync("/event-setup/sessions", new()
        {
            ["CarId"] = _sam.Mugen.ToString(), ["SessionName"] = "Monday test", ["Type"] = "Practice", ["Date"] = "2024-05-13",
        });
        var monday = await _sam.SessionAsync("Monday test");
        await PostAsync($"/event-setup/sessions/{monday}/lock", new()
        {
            ["SessionName"] = "Monday test", ["Type"] = "Practice", ["Date"] = "2024-05-13", ["setup[SO_F]"] = "600",
        });

        // The earlier tool's statements, as it runs them (its LiveRC harvester, its advisor, its measuring).
        await using var tool = new NpgsqlConnection(_sam.Db);
        await tool.ExecuteAsync("""
            INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, laps_completed, total_time,
                                      best_lap, average_lap, consistency, lap_times, liverc_event_id, liverc_driver_id)
            VALUES (@session, @profile, 'A-Main', '1/8 Nitro Buggy', 2, 3, interval '2 minutes 4.2 seconds',
                    41.2, 41.4, 99.582, '[41.5, 41.2, 41.5]', '381300', '77123')
            """, new { session = sunday, profile = _sam.Id });
        var change = await tool.ExecuteScalarAsync<int>("""
            INSERT INTO setup_changes (session_id, parameter, old_value, new_value, status, ai_reasoning, lap_time_before)
            VALUES (@session, 'rear.shock_oil', '500', '550', 'pending', 'Softer rear for the jumps.', 41.6)
            RETURNING id
            """, new { session = sunday });
        await tool.ExecuteAsync("UPDATE setup_changes SET lap_time_after = @after WHERE id = @change", new { after = 41.2m, change });
        var itsChanges = (await tool.QueryAsync("SELECT * FROM setup_changes WHERE session_id = @session", new { session = sunday }))
            .Select(r => (IDictionary<string, object>)r).ToList();
        var itsFigures = await tool.QuerySingleAsync<(decimal Best, decimal Consistency)>(
            "SELECT min(best_lap), avg(consistency) FROM race_results WHERE session_id = @session", new { session = sunday });

        var changes = await (await _sam.Browser.HtmxGetAsync($"/shop-master/cars/{_sam.Mugen}/changes")).Content.ReadAsStringAsync();
        var results = await (await _sam.Browser.HtmxGetAsync($"/event-setup/sessions/{sunday}/results")).Content.ReadAsStringAsync();

        var its = Assert.Single(itsChanges);
        Assert.Equal(("rear.shock_oil", "Softer rear for the jumps.", 41.6m, 41.2m, "ai"),
            ((string)its["parameter"], (string)its["ai_reasoning"], (decimal)its["lap_time_before"], (decimal)its["lap_time_after"], (string)its["source"]));
        // Pitwall's Round 1 (41.8, 41.6, 41.7: s = 0.1, 100 − 100 × 0.1 ÷ 41.7 = 99.760 %) beside LiveRC's 99.582 %: mean 99.671.
        Assert.Equal((41.2m, 99.671m), itsFigures);
        // Pitwall's change of Monday test follows the tool's result: Sunday rounds' best is now 41.2.
        Assert.Equal("500|600|41.200", await TestPostgres.ScalarAsync<string>(_sam.Db,
            $"SELECT concat_ws('|', old_value, new_value, lap_time_before) FROM setup_changes WHERE session_id = {monday} AND parameter = 'SO_F'"));
        var row = changes[changes.IndexOf($"<tr id=\"change-{change}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Rear shock oil (cSt)", row);
        Assert.Contains("(pending)", row);
        Assert.Contains("· ai", row);
        Assert.Contains("500 → 550", row);
        Assert.Contains("−0.400", row);   // 41.2 − 41.6: faster
        Assert.Contains("Round 1 · 1/8 Nitro Buggy · P4", results);
        Assert.Contains("A-Main · 1/8 Nitro Buggy · P2", results);
        Assert.Contains("<dd>41.200</dd>", results);
        Assert.Contains("LiveRC event 381300, driver 77123", results);
    }

    [Fact]
    public async Task LockConfigAndCloseSession_WorkOnTheToolsDraft_AsOnAFreshDatabase()
    {
        // 'Club night' on his Tekno: a draft of the tool's type 'Club Race', SO_F "600" as in the Tekno's flat baseline.
        var club = await _sam.SessionAsync("Club night");
        var date = await TestPostgres.ScalarAsync<string>(_sam.Db,
            $"SELECT coalesce(to_char(session_date, 'YYYY-MM-DD'), '2024-05-18') FROM sessions WHERE id = {club}");

        var locked = await _sam.Browser.HtmxPostAsync($"/event-setup/sessions/{club}/lock", new Dictionary<string, string>
        {
            ["SessionName"] = "Club night", ["Type"] = "Club Race", ["Date"] = date, ["setup[SO_F]"] = "650",
        });
        var statusAfterLock = await TestPostgres.ScalarAsync<string>(_sam.Db, $"SELECT status FROM sessions WHERE id = {club}");
        var closed = await _sam.Browser.HtmxPostAsync($"/event-setup/sessions/{club}/close", new Dictionary<string, string>
        {
            ["Rating"] = "4", ["Feel"] = "Corner exit", ["Observation"] = "Planted on exit",
        });
        var actions = await (await _sam.Browser.HtmxGetAsync($"/event-setup/sessions/{club}/closeout")).Content.ReadAsStringAsync();
        var changes = await (await _sam.Browser.HtmxGetAsync($"/shop-master/cars/{_sam.Tekno}/changes?parameter=SO_F")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal("active", statusAfterLock);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed|Club Race|4", await TestPostgres.ScalarAsync<string>(_sam.Db, $"""
            SELECT concat_ws('|', s.status, s.session_type, c.rating) FROM sessions s JOIN session_closeouts c ON c.session_id = s.id WHERE s.id = {club}
            """));
        Assert.Equal("600|650|baseline|success", await TestPostgres.ScalarAsync<string>(_sam.Db,
            $"SELECT concat_ws('|', old_value, new_value, compared_with, outcome) FROM setup_changes WHERE session_id = {club} AND parameter = 'SO_F'"));
        Assert.Contains("rated 4/5 · Corner exit", actions);
        Assert.DoesNotContain("Close Session", actions);
        Assert.Contains("600 → 650", changes);
        Assert.Contains("success", changes);
    }
}
