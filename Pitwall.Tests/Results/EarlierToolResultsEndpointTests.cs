using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Results;

/// <summary>
/// The results the earlier tool's LiveRC harvester wrote, as its racer Sam Rivers finds them in
/// Pitwall on the database it made (issue 18: each of these views answered 500, and so did Add
/// Result). Those rows exist only on an adopted database, so this class has that shape only.
/// </summary>
public sealed class EarlierToolResultsEndpointTests : IAsyncLifetime
{
    SamRivers _sam = null!;
    int _practice, _q2;

    public async Task InitializeAsync()
    {
        _sam = await SamRivers.StartAsync();
        _practice = await _sam.SessionAsync("Saturday practice");
        _q2 = await _sam.SessionAsync("Q2");
    }

    public async Task DisposeAsync() => await _sam.DisposeAsync();

    /// <summary>Every result and change in the database, to show that nothing of the tool's changed.</summary>
    Task<string> Rows() => TestPostgres.ScalarAsync<string>(_sam.Db, """
        SELECT (SELECT string_agg(row(r.*)::text, E'\n' ORDER BY id) FROM race_results r) || E'\n' ||
               (SELECT string_agg(row(c.*)::text, E'\n' ORDER BY id) FROM setup_changes c)
        """);

    [Fact]
    public async Task EveryViewThatAnswered500_Answers200_AndShowsTheToolsResults()
    {
        var browser = _sam.Browser;
        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["q2"] = await browser.HtmxGetAsync($"/event-setup/sessions/{_q2}/results"),
            ["practice"] = await browser.HtmxGetAsync($"/event-setup/sessions/{_practice}/results"),
            ["performance"] = await browser.HtmxGetAsync($"/shop-master/cars/{_sam.Mugen}/performance"),
            ["compare"] = await browser.GetAsync($"/compare?a=session-{_practice}&b=session-{_q2}"),
            ["offers"] = await browser.HtmxGetAsync($"/event-setup/sessions/{_q2}/compare"),
            ["csv"] = await browser.GetAsync($"/shop-master/cars/{_sam.Mugen}/sessions.csv"),
            ["print"] = await browser.GetAsync($"/print/sessions/{_q2}"),
        };
        var body = new Dictionary<string, string>();
        foreach (var (view, answer) in answers) body[view] = await answer.Content.ReadAsStringAsync();

        Assert.All(answers, a => Assert.True(a.Value.StatusCode == HttpStatusCode.OK, $"{a.Key} answered {(int)a.Value.StatusCode}"));
        // A-Main on Q2, with its laps 42.1, 41.9, 43.0 and LiveRC's ids.
        Assert.Contains("A-Main · 1/8 Nitro Buggy · P3", body["q2"]);
        Assert.Contains("<dd>41.900</dd>", body["q2"]);
        Assert.Contains("LiveRC event 381204, driver 77123", body["q2"]);
        // Q3 on Saturday practice, a line without laps: its stored figures, its 94.65 % to one decimal as every consistency is shown.
        Assert.Contains("Q3 · 1/8 Nitro Buggy · P5", body["practice"]);
        Assert.Contains("<dd>41.204</dd>", body["practice"]);
        Assert.Contains("<dd>43.024</dd>", body["practice"]);
        Assert.Contains("<dd>94.7</dd>", body["practice"]);
        Assert.Contains("<dd>14</dd>", body["practice"]);
        Assert.Matches(@"<th scope=""row"">Q2</th>\s*<td data-label=""Date"">2024-05-05</td>\s*<td data-label=""Best lap"">41\.900</td>", body["performance"]);
        Assert.Matches(@"<th scope=""row"">Saturday practice</th>\s*<td data-label=""Date"">2024-05-04</td>\s*<td data-label=""Best lap"">41\.204</td>", body["performance"]);
        Assert.Contains("&#x2B;0.696", body["compare"]);   // best lap B − A: 41.900 − 41.204, as Razor encodes the +
        Assert.Contains($"/compare?a=session-{_practice}&amp;b=session-{_q2}", body["offers"]);   // the previous session
        Assert.Contains("best session (by Best 3 consecutive)", body["offers"]);   // Q2 itself, the only one with 3 laps in a row
        // The CSV: A-Main's figures from its laps (total 127 s), Q3's as stored (its interval total 10:02.337 = 602.337 s).
        Assert.Contains("A-Main,1/8 Nitro Buggy,3,3,41.900,42.333,127.000,127.000,98.6,", body["csv"]);
        Assert.Contains("Q3,1/8 Nitro Buggy,5,14,41.204,43.024,602.337,,94.7,", body["csv"]);
        Assert.Matches(@"<th scope=""row"">A-Main</th><td>3</td><td>41\.900</td>", body["print"]);
    }

    [Fact]
    public async Task AddEditAndDelete_OnHisAdoptedSession_WriteTheToolsColumns_AndLeaveItsRowsAsTheyWere()
    {
        var before = await Rows();
        string Stored(int id) => $"""
            SELECT concat_ws('|', profile_id, heat_name, race_class, position, laps_completed, total_time, best_lap, average_lap, consistency)
            FROM race_results WHERE id = {id}
            """;

        var added = await _sam.Browser.HtmxPostAsync($"/event-setup/sessions/{_q2}/results", new Dictionary<string, string>
        {
            ["Heat"] = "B-Main", ["RacingClass"] = "1/8 Nitro Buggy", ["Position"] = "1", ["LapTimes"] = "41.5\n41.7\n41.6",
        });
        var id = await TestPostgres.ScalarAsync<int>(_sam.Db, $"SELECT max(id) FROM race_results WHERE session_id = {_q2}");
        var afterAdding = await TestPostgres.ScalarAsync<string>(_sam.Db, Stored(id));
        var edited = await _sam.Browser.HtmxPostAsync($"/results/{id}", new Dictionary<string, string>
        {
            ["Heat"] = "B-Main", ["RacingClass"] = "1/8 Nitro Buggy", ["Position"] = "2", ["LapTimes"] = "41.4\n41.6",
        });
        var afterEditing = await TestPostgres.ScalarAsync<string>(_sam.Db, Stored(id));
        var deleted = await _sam.Browser.HtmxPostAsync($"/results/{id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var section = await added.Content.ReadAsStringAsync();
        Assert.Contains("A-Main · 1/8 Nitro Buggy · P3", section);
        Assert.Contains("B-Main · 1/8 Nitro Buggy · P1", section);
        // 41.5, 41.7, 41.6: mean 41.6, s = √(0.02 ÷ 2) = 0.1, consistency 100 − 100 × 0.1 ÷ 41.6 = 99.760 %; total 124.8 s.
        Assert.Equal($"{_sam.Id}|B-Main|1/8 Nitro Buggy|1|3|00:02:04.8|41.500|41.600|99.760", afterAdding);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        // 41.4, 41.6: mean 41.5, s = √(0.02 ÷ 1) = 0.1414, consistency 100 − 100 × 0.1414 ÷ 41.5 = 99.659 %; total 83 s.
        Assert.Equal($"{_sam.Id}|B-Main|1/8 Nitro Buggy|2|2|00:01:23|41.400|41.500|99.659", afterEditing);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        // The tool's A-Main and Q3 rows, and its advisor's lap times on Q2, exactly as before.
        Assert.Equal(before, await Rows());
    }
}
