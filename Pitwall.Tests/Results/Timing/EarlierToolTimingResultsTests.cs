using System.Net;
using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

/// <summary>
/// The earlier tool's racer, Sam Rivers, pastes LiveRC's A-Main into his session on the database
/// that tool made (so this class has that shape only): Pitwall suggests his line by his name, and
/// the heat it stores is what that tool's own reads of a session find, beside its own results.
/// </summary>
public sealed partial class EarlierToolTimingResultsTests : IAsyncLifetime
{
    SamRivers _sam = null!;
    int _sunday, _q2;

    public async Task InitializeAsync()
    {
        _sam = await SamRivers.StartAsync();
        _sunday = await _sam.SessionAsync("Sunday rounds");
        _q2 = await _sam.SessionAsync("Q2");
    }

    public async Task DisposeAsync() => await _sam.DisposeAsync();

    Task<string> ToolsRows() => TestPostgres.ScalarAsync<string>(_sam.Db,
        $"SELECT string_agg(row(r.*)::text, E'\\n' ORDER BY id) FROM race_results r WHERE session_id <> {_sunday}");

    [Fact]
    public async Task HisNameFindsHisLine_AndTheToolsReadsOfTheSessionFindTheHeat_ItsOwnRowsUntouched()
    {
        var before = await ToolsRows();
        var form = new Dictionary<string, string> { ["LapTimes"] = LiveRcRace12Drivers, ["Heat"] = "", ["RacingClass"] = "", ["CarNumber"] = "" };
        var results = $"/event-setup/sessions/{_sunday}/results";

        var confirmation = WebUtility.HtmlDecode(await (await _sam.Browser.HtmxPostAsync(results, form)).Content.ReadAsStringAsync());
        var readOf = ReadOf().Match(confirmation).Groups[1].Value;
        var saved = await _sam.Browser.HtmxPostAsync(results, new Dictionary<string, string>(form) { ["Driver"] = "0", ["ReadOf"] = readOf });

        // His Mugen's transponder (1234567) is not in a LiveRC result; his name is.
        Assert.Contains("Suggested: 7 SAM RIVERS, matched by your name. Save if it is you.", confirmation);
        Assert.Matches(@"value=""0"" checked=""checked"" /> P1 · 7 SAM RIVERS · 31/20:21\.904", confirmation);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        // The tool's reads, as it runs them: per session min(best_lap) and avg(consistency), and its heats by name.
        await using var tool = new Npgsql.NpgsqlConnection(_sam.Db);
        var read = await Dapper.SqlMapper.QuerySingleAsync<(decimal, decimal, string, string?, string?)>(tool, """
            SELECT min(best_lap), avg(consistency), string_agg(heat_name, ','), max(liverc_event_id), max(liverc_driver_id)
            FROM race_results WHERE session_id = @session
            """, new { session = _sunday });
        Assert.Equal((37.112m, 94.65m, "A-Main", null, null), read);
        Assert.Equal(before, await ToolsRows());
        // His Q2, the tool's A-Main with LiveRC's ids, still shows as before, without a field.
        var q2 = await (await _sam.Browser.HtmxGetAsync($"/event-setup/sessions/{_q2}/results")).Content.ReadAsStringAsync();
        Assert.Contains("LiveRC event 381204, driver 77123", q2);
        Assert.DoesNotContain("field-chart", q2);
    }

    [GeneratedRegex("name=\"ReadOf\" value=\"([0-9A-F]+)\"")]
    private static partial Regex ReadOf();
}
