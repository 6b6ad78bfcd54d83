using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

/// <summary>
/// ➕ Add Result with a timing system's paste, over HTTP, on both database shapes: each layout of
/// TIMING_FORMATS.md read, confirmed and stored (the racer's line in the earlier tool's race_results
/// columns, the heat with its whole field in timing_heats), every stored value against numbers
/// worked out by hand; the refusals; the remembered choice; the decoder's minimum lap.
/// </summary>
public abstract partial class TimingResultsEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : TimingResultsEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : TimingResultsEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _session;
    string _before = "";

    string Db => _app.App.ConnectionString;
    string Results => $"/event-setup/sessions/{_session}/results";

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        var created = await _app.Ana.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Club race", ["Type"] = "Main", ["Date"] = "2026-03-14",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        _session = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM sessions");
        _before = await Everything();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static Dictionary<string, string> Paste(string text, string heat = "", string racingClass = "", string car = "") => new()
    {
        ["LapTimes"] = text, ["Heat"] = heat, ["RacingClass"] = racingClass, ["Position"] = "", ["CarNumber"] = car,
    };

    /// <summary>Save pressed on a fresh paste: the confirmation (200), nothing saved; with the text's fingerprint.</summary>
    async Task<(string Html, string ReadOf)> ConfirmationAsync(Dictionary<string, string> form)
    {
        var response = await _app.Ana.HtmxPostAsync(Results, form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (html, ReadOfIn(html));
    }

    static string ReadOfIn(string html) => ReadOfPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
        : throw new InvalidOperationException("No confirmation in:\n" + html);

    /// <summary>The confirmation, then Save with this line chosen: the new result's id.</summary>
    async Task<int> SaveAsync(Dictionary<string, string> form, int line)
    {
        var (_, readOf) = await ConfirmationAsync(form);
        var saved = await _app.Ana.HtmxPostAsync(Results, new Dictionary<string, string>(form) { ["Driver"] = $"{line}", ["ReadOf"] = readOf });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return await TestPostgres.ScalarAsync<int>(Db, $"SELECT max(id) FROM race_results WHERE session_id = {_session}");
    }

    static string Cols(params string[] columns) => string.Join(", ", columns.Select(c => $"coalesce(({c})::text, '')"));

    /// <summary>The racer's line as race_results holds it: heat, class, place, laps, total, best, average, consistency, laps, LiveRC's ids.</summary>
    Task<string> Stored(int id) => TestPostgres.ScalarAsync<string>(Db, $"""
        SELECT concat_ws('|', {Cols("heat_name", "race_class", "position", "laps_completed", "total_time", "best_lap", "average_lap",
                                    "consistency", "lap_times", "liverc_event_id", "liverc_driver_id")})
        FROM race_results WHERE id = {id}
        """);

    /// <summary>The heat: layout, description, race name, class, heat, round, race number, length, notes, racer's line, chosen by, minimum lap, drivers.</summary>
    Task<string> Heat(int id) => TestPostgres.ScalarAsync<string>(Db, $"""
        SELECT concat_ws('|', {Cols("layout", "description", "race_name", "class_name", "heat_name", "round", "race_number", "length",
                                    "notes", "racer_line", "chosen_by", "minimum_lap", "jsonb_array_length(field)")})
        FROM timing_heats WHERE result_id = {id}
        """);

    /// <summary>
    /// Every driver of the heat as printed: place, car, name, transponder, qualified, laps, race time,
    /// behind, fastest lap and its lap, average, Avg Top 5/10/15, Top 3 consecutive, std. deviation,
    /// consistency, double reads; then Pitwall's from the laps (laps, best, average, best 3 in a row, consistency).
    /// </summary>
    Task<string> Field(int id) => TestPostgres.ScalarAsync<string>(Db, $"""
        SELECT string_agg(concat_ws('|', {Cols("d->>'position'", "d->>'carNumber'", "d->>'name'", "d->>'transponder'", "d->>'qualified'",
                                               "d->>'laps'", "d->>'totalTime'", "d->'behind'->>'printed'", "d->>'fastestLap'",
                                               "d->>'fastestLapNumber'", "d->>'averageLap'", "d->>'averageTop5'", "d->>'averageTop10'",
                                               "d->>'averageTop15'", "d->>'top3Consecutive'", "d->>'stdDev'", "d->>'consistency'",
                                               "d->>'doubleReads'")})
                          || coalesce(' / ' || concat_ws('|', {Cols("d->'fromLaps'->>'laps'", "d->'fromLaps'->>'best'", "d->'fromLaps'->>'average'",
                                                                    "d->'fromLaps'->>'best3Consecutive'", "d->'fromLaps'->>'consistency'")})
                                      || CASE WHEN d ? 'fromLaps' THEN '' END, ''),
                          E'\n' ORDER BY o)
        FROM timing_heats h, jsonb_array_elements(h.field) WITH ORDINALITY AS f(d, o)
        WHERE h.result_id = {id}
        """);

    /// <summary>Every row of every table a paste writes (the earlier tool's results included), to show that nothing was saved.</summary>
    Task<string> Everything() => TestPostgres.ScalarAsync<string>(Db, """
        SELECT concat_ws(E'\n--\n',
            (SELECT string_agg(row(r.*)::text, E'\n' ORDER BY id) FROM race_results r),
            (SELECT string_agg(row(h.*)::text, E'\n' ORDER BY result_id) FROM timing_heats h),
            (SELECT string_agg(row(n.*)::text, E'\n' ORDER BY timing_key) FROM timing_names n),
            (SELECT string_agg(row(t.*)::text, E'\n' ORDER BY session_id) FROM session_timing t), '')
        """);

    static async Task<string> DecodedAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    async Task RenameAnaAsync(string name) =>
        await TestPostgres.ExecuteAsync(Db, $"UPDATE racer_profiles SET name = '{name}' WHERE name = 'Ana'");

    // The 12-driver A-Main, heading and figures exactly as LiveRcRaceTests reads them (m:ss.fff is m·60 + ss.fff).
    const string TwelveDriverField = """
        1|7|SAM RIVERS||3|31|1221.904||37.112|17|39.416|37.540|37.902|38.233|112.851|2.11|94.65|
        2|12|JO ANDERSEN||1|30|1202.337|1 Lap|37.480|9|40.078|37.921|38.310|38.702|114.006|2.87|92.84|
        3|3|MARCO DELGADO||2|30|1209.815|7.478|37.655|22|40.327|38.104|38.577|38.940|115.120|2.64|93.45|
        4|22|KAI NAKAMURA||5|30|1231.402|21.587|38.010|14|41.047|38.377|38.812|39.150|115.962|3.05|92.57|
        5|15|ELLA BRANDT||4|29|1205.118|1 Lap|38.245|6|41.556|38.690|39.105|39.501|116.811|3.41|91.79|
        6|31|TOMAS REYES||8|29|1227.660|22.542|38.402|25|42.333|38.955|39.460|39.871|117.540|3.92|90.74|
        7|5|NINA KOVAC||6|28|1211.270|1 Lap|38.790|11|43.260|39.420|39.980|40.402|118.933|4.46|89.69|
        8|18|OWEN FISCHER||7|27|1214.009|1 Lap|39.118|4|44.963|39.802|40.377|40.915|120.105|5.12|88.61|
        9|27|LIAM O'CONNOR||10|26|1219.584|1 Lap|39.540|19|46.907|40.215|40.866|41.530|121.377|6.03|87.14|
        10|9|ROSA DIAZ||11|23|1208.731|3 Laps|39.877|2|52.554|40.610|41.390|42.218|122.998|9.87|81.22|
        11|44|BEN ADEYEMI||12|3|135.090|20 Laps|41.902|2|45.030||||135.090|3.84|91.47|
        12|4|PAT OKAFOR||9|0||||||||||||
        """;

    [Fact]
    public async Task TheTwelveDriverLiveRcResult_IsReadAndShownFirst_ThenSavedAsPrinted_ResultsOnlyAsItSays()
    {
        var read = await _app.Ana.HtmxPostAsync($"{Results}/read", Paste(LiveRcRace12Drivers));
        var preview = WebUtility.HtmlDecode(await read.Content.ReadAsStringAsync());
        var afterRead = await Everything();

        var id = await SaveAsync(Paste(LiveRcRace12Drivers), line: 2);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("Read as: LiveRC race result, 12 drivers", preview);
        Assert.Contains("Results only: no laps in this paste (LiveRC lists each driver's laps under View Laps).", preview);
        Assert.Contains("No driver matched your car's transponder, car number or name: choose your line.", preview);
        Assert.Equal(12, RadioPattern().Matches(preview).Count);
        Assert.DoesNotContain("checked", preview);
        Assert.Equal(_before, afterRead);
        // Heat and class from the heading; MARCO DELGADO's printed place, laps, race time (20:09.815), fastest lap
        // (37.65522 is 37.655 on lap 22), Avg Lap and Consistency, in the tool's numeric(10,3); no laps, no LiveRC ids.
        Assert.Equal("A-Main|1/8 Nitro Buggy|3|30|00:20:09.815|37.655|40.327|93.450|||", await Stored(id));
        Assert.Equal("LiveRcRace|LiveRC race result, 12 drivers|1/8 Nitro Buggy A-Main|1/8 Nitro Buggy|A-Main|Main Events|10|20:00 Timed|"
                     + "[\"Results only: no laps in this paste (LiveRC lists each driver's laps under View Laps).\"]|2|Picked||12", await Heat(id));
        Assert.Equal(TwelveDriverField, await Field(id));
    }

    [Fact]
    public async Task AResultsOnlyHeat_CountsInCompareOffers_ByTheTop3ConsecutiveItPrinted()
    {
        await SaveAsync(Paste(LiveRcRace12Drivers), line: 2);   // MARCO DELGADO: no laps, Top 3 Consecutive printed 1:55.120
        var created = await _app.Ana.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Practice", ["Type"] = "Practice", ["Date"] = "2026-03-15",
        });
        var second = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM sessions");
        var laps = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{second}/results", Paste("40.000\n40.000\n40.000", heat: "Q1"));

        var offers = WebUtility.HtmlDecode(await (await _app.Ana.HtmxGetAsync($"/event-setup/sessions/{second}/compare")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, laps.StatusCode);
        // 1:55.120 printed beats 3 × 40.000 = 2:00.000 from the laps: the heat without laps is the best session.
        Assert.Contains($"/compare?a=session-{_session}&b=session-{second}", offers);
        Assert.Contains("With the best session (Club race, Best 3 consecutive 1:55.120)", offers);
    }

    [Fact]
    public async Task ALiveRcLapView_GivesTheLaps_WithPitwallsFigures_AndTheTypedHeat()
    {
        var id = await SaveAsync(Paste(LiveRcLaps, heat: "Q1", racingClass: "1/8 Nitro Buggy"), line: 0);

        // 44.564 + 47.292 + 38.901 = 130.757 s; mean 43.586; s = √((0.978² + 3.706² + 4.685²) ÷ 2) = 4.280;
        // consistency 100 − 100 × 4.280 ÷ 43.586 = 90.180 %; best 3 in a row, the three: 130.757.
        Assert.Equal("Q1|1/8 Nitro Buggy||3|00:02:10.757|38.901|43.586|90.180|[44.564, 47.292, 38.901]||", await Stored(id));
        Assert.Equal("LiveRcLaps|LiveRC lap times, 1 driver|||||||"
                     + "[\"Laps only: no finishing place, race time or LiveRC's figures in this paste.\"]|0|Picked||1", await Heat(id));
        Assert.Equal("|7|SAM RIVERS|||3|||||||||||| / 3|38.901|43.586|130.757|90.180", await Field(id));
    }

    [Fact]
    public async Task AnRcScoringProPrintout_FindsTheRacerByCarNumber_AndANonStarterIsStoredWithNoFigures()
    {
        var (confirmation, _) = await ConfirmationAsync(Paste(RcScoringPro, car: "4"));
        var id = await SaveAsync(Paste(RcScoringPro, car: "4"), line: 3);
        var panel = WebUtility.HtmlDecode(await (await _app.Ana.HtmxGetAsync(Results)).Content.ReadAsStringAsync());

        Assert.Contains("Suggested: 4 Brandt, Ella, matched by your car number. Save if it is you.", WebUtility.HtmlDecode(confirmation));
        Assert.Matches(@"<input type=""radio"" name=""Driver"" value=""3"" checked=""checked"" /> P4 · 4 Brandt, Ella · 0 laps", WebUtility.HtmlDecode(confirmation));
        Assert.Equal("A Main|Mod Short Course|4|0|||||||", await Stored(id));
        Assert.Equal("RcScoringPro|RC Scoring Pro printout, 4 cars|Mod Short Course A Main|Mod Short Course|A Main|3|6||"
                     + "[\"Lap times as the grid prints them, to tenths or hundredths of a second.\"]|3|CarNumber||4", await Heat(id));
        // 1:17.420 = 77.420. From the grid: Rivers 15.61 + 14.90 + 15.02 + 16.11 + 15.78 = 77.42, mean 15.484, best 3 in a row
        // 14.90 + 15.02 + 15.61 → 15.61 + 14.90 + 15.02 = 45.53, consistency 96.688 %; Andersen 78.65, mean 15.73,
        // 15.31 + 15.12 + 15.88 = 46.31, 96.660 %; Okafor 16.02 + 15.69 + 16.40 + 31.77 = 79.88, mean 19.97, 48.11,
        // s = 7.872, so 100 − 100 × 7.872 ÷ 19.970 = 60.581 %.
        Assert.Equal("""
            1|1|Rivers, Sam|||5|77.420||14.902||||||||| / 5|14.90|15.484|45.53|96.688
            2|2|Andersen, Jo|||5|78.655|1.235|15.117||||||||| / 5|15.12|15.73|46.31|96.660
            3|3|Okafor, Pat|||4|79.880|1 Lap|15.690||||||||| / 4|15.69|19.97|48.11|60.581
            4|4|Brandt, Ella|||0||||||||||||
            """, await Field(id));
        // The non-starter stands last, with no gaps and no ranks: he has no lap to measure.
        Assert.Contains("P4 of 4", panel);
        Assert.Contains("<dt>To the winner</dt><dd>—</dd>", panel);
        Assert.Contains("<dt>Best lap rank</dt><dd>—</dd>", panel);
    }

    [Fact]
    public async Task AWrappedRcScoringProGrid_GivesTheTwelfthCarItsLapsFromTheSecondBlock()
    {
        var id = await SaveAsync(Paste(RcScoringProTwelveCars, car: "12"), line: 11);

        // Okafor, #12, a lap down: 0:35.200 and 16.900 as printed; laps 18.3 and 16.9 under __12___ in the second
        // block ("12/18.3": place 12 costs the second decimal). No average printed: 35.200 ÷ 2 = 17.600 (LiveRC's
        // definition); no consistency printed: s = √((0.7² + 0.7²) ÷ 1) = 0.990, 100 − 100 × 0.990 ÷ 17.6 = 94.375 %.
        Assert.Equal("Heat 2|Stock Buggy|12|2|00:00:35.2|16.900|17.600|94.375|[18.3, 16.9]||", await Stored(id));
        Assert.Equal("RcScoringPro|RC Scoring Pro printout, 12 cars|Stock Buggy Heat 2|Stock Buggy|Heat 2|1|2||"
                     + "[\"Lap times as the grid prints them, to tenths or hundredths of a second.\"]|11|CarNumber||12", await Heat(id));
        var field = (await Field(id)).Split('\n');
        // The winner, #11, from the second block too: 15.51 + 15.02 + 15.20 = 45.73, mean 15.243, s = 0.248, 98.374 %.
        Assert.Equal("1|11|Delgado, Marco|||3|45.730||15.020||||||||| / 3|15.02|15.243|45.73|98.374", field[0]);
        Assert.Equal("12|12|Okafor, Pat|||2|35.200|1 Lap|16.900||||||||| / 2|16.9|17.6||94.375", field[11]);
        Assert.Equal(12, field.Length);
    }

    [Fact]
    public async Task AMyRcmPaste_FindsAnAccentedNameByName_ReadsTheMinuteLap_AndKeepsItsCorrectionAsANote()
    {
        await RenameAnaAsync("Soren Odegard");

        var (confirmation, _) = await ConfirmationAsync(Paste(MyRcm, heat: "Final", racingClass: "Touring"));
        var id = await SaveAsync(Paste(MyRcm, heat: "Final", racingClass: "Touring"), line: 2);

        Assert.Contains("Suggested: 7 Søren Ødegård, matched by your name. Save if it is you.", WebUtility.HtmlDecode(confirmation));
        // 01:35.609 = 95.609 = 10.330 + 64.957 (the "(3) 1:04.957" cell) + 10.114 + 10.208; Besttime and Mediumtime
        // as printed; no consistency printed, and Pitwall's clamps at 0: s = 27.370 is more than the mean, 23.902.
        Assert.Equal("Final|Touring|3|4|00:01:35.609|10.114|23.902|0.000|[10.330, 64.957, 10.114, 10.208]||", await Stored(id));
        Assert.Equal("MyRcm|MyRCM results and lap times, 3 drivers|||||||"
                     + "[\"No race name in this paste: heat and class are not known.\", \"Columns not read: Pilot Nr, I.\", "
                     + "\"Søren Ødegård: correction \\\"+10.000\\\" as MyRCM printed it; the times are as printed.\"]|2|Name||3", await Heat(id));
        // Pitwall's from the Laptimes grid: Sam 48.946 ÷ 5 = 9.789, 9.712 + 9.790 + 9.688 = 29.190, 99.072 %;
        // Jo 49.758 ÷ 5 = 9.952, 9.844 + 9.921 + 10.015 = 29.780, 98.936 %; Søren 10.330 + 64.957 + 10.114 = 85.401,
        // 64.957 + 10.114 + 10.208 = 85.279 (the smaller).
        Assert.Equal("""
            1|3|Sam Rivers|||5|48.946||9.688||9.789||||||| / 5|9.688|9.789|29.190|99.072
            2|1|Jo Andersen|||5|49.758||9.844||9.952||||||| / 5|9.844|9.952|29.780|98.936
            3|7|Søren Ødegård|||4|95.609||10.114||23.902||||||| / 4|10.114|23.902|85.279|0
            """, await Field(id));
    }

    [Fact]
    public async Task AMyLapsPaste_JoinsLapsAfterTheGreenFlagToTheResults_WithItsMinuteLaps()
    {
        var id = await SaveAsync(Paste(MyLaps, heat: "Heat 3", racingClass: "Mod Buggy", car: "15"), line: 2);

        // Ella Brandt, #15: 3:19.862 = 199.862 = 63.004 (the 1:03.004 lap) + 66.338 + 70.520; best 1:03.004 as printed,
        // on lap 1; no average printed: 199.862 ÷ 3 = 66.621; consistency from the laps: s = 3.766, 100 − 100 × 3.766 ÷ 66.621 = 94.347 %.
        Assert.Equal("Heat 3|Mod Buggy|3|3|00:03:19.862|63.004|66.621|94.347|[63.004, 66.338, 70.520]||", await Stored(id));
        Assert.Equal("MyLaps|MyLaps/Orbits results and laps, 3 cars|||||||"
                     + "[\"No race name in this paste: heat and class are not known.\", \"Columns not read: Gap, Nat/State, Sponsor.\", "
                     + "\"Columns not read: #, Lead, Elapsed Tm, Time of Day, Speed.\"]|2|CarNumber||3", await Heat(id));
        // Sam 63.212 + 59.880 + 60.915 + 61.110 = 245.117 (4:05.117), mean 61.279, 59.880 + 60.915 + 61.110 = 181.905;
        // Jo 247.529, mean 61.882, 61.205 + 60.544 + 61.770 = 183.519.
        Assert.Equal("""
            1|21|Sam Rivers|||4|245.117||59.880|2|||||||| / 4|59.880|61.279|181.905|97.720
            2|8|Jo Andersen|||4|247.529|2.412|60.544|3|||||||| / 4|60.544|61.882|183.519|97.569
            3|15|Ella Brandt|||3|199.862|1 Lap|63.004|1|||||||| / 3|63.004|66.621|199.862|94.347
            """, await Field(id));
    }

    [Fact]
    public async Task DecoderPassings_TheCarsTransponderBecomesLaps_ADoubleReadIsDropped_AndTheMinimumLapIsKeptPerSession()
    {
        await TestPostgres.ExecuteAsync(Db, $"UPDATE vehicles SET transponder = '4412871' WHERE id = {_app.AnasCar}");

        var (confirmation, _) = await ConfirmationAsync(Paste(DecoderFeed, heat: "Practice 1"));
        var id = await SaveAsync(Paste(DecoderFeed, heat: "Practice 1"), line: 0);
        var firstSetting = await TestPostgres.ScalarAsync<string>(Db, $"SELECT minimum_lap::text FROM session_timing WHERE session_id = {_session}");
        var shorter = new Dictionary<string, string>(Paste(DecoderFeed, heat: "Practice 2")) { ["MinimumLap"] = "1,5" };
        var second = await SaveAsync(shorter, line: 0);
        var form = await (await _app.Ana.HtmxPostAsync($"{Results}/read", Paste(DecoderFeed))).Content.ReadAsStringAsync();

        Assert.Contains("Suggested: Transponder 4412871, matched by your car's transponder. Save if it is you.", WebUtility.HtmlDecode(confirmation));
        Assert.Contains("Transponder 4412871 · 3 laps · 1 double read dropped", WebUtility.HtmlDecode(confirmation));
        // 1849.317 − 1834.202 = 15.115; 1851.020 is 1.703 s after the kept passing, under 5 s: a double read, dropped;
        // 1864.611 − 1849.317 = 15.294; 1879.890 − 1864.611 = 15.279. Mean 15.229, s = 0.099, 99.348 %.
        Assert.Equal("Practice 1|||3|00:00:45.688|15.115|15.229|99.348|[15.115, 15.294, 15.279]||", await Stored(id));
        Assert.Equal("DecoderPassings|Decoder passings, 2 transponders|||||||"
                     + "[\"Laps from decoder passings: no names, car numbers, places or race times; each transponder's first passing starts its first lap.\", "
                     + "\"Transponder 4412871: 1 double read dropped (passings less than 5 s after the last kept one).\"]|0|Transponder|5.000|2", await Heat(id));
        // 2231904: 1865.884 − 1850.006 = 15.878, 1881.402 − 1865.884 = 15.518; mean 15.698, 98.378 %; two laps, no best 3 in a row.
        Assert.Equal("""
            |||4412871||3||||||||||||1 / 3|15.115|15.229|45.688|99.348
            |||2231904||2||||||||||||0 / 2|15.518|15.698||98.378
            """, await Field(id));
        Assert.Equal("5.000", firstSetting);
        // At 1.5 s (typed with a decimal comma) the 1.703 s gap is a lap: 15.115, 1.703, 13.591, 15.279, nothing dropped.
        Assert.Equal("Practice 2|||4|00:00:45.688|1.703|11.422|42.884|[15.115, 1.703, 13.591, 15.279]||", await Stored(second));
        Assert.Equal("1.500", await TestPostgres.ScalarAsync<string>(Db, $"SELECT minimum_lap::text FROM session_timing WHERE session_id = {_session}"));
        Assert.Equal("1.500", await TestPostgres.ScalarAsync<string>(Db, $"SELECT minimum_lap::text FROM timing_heats WHERE result_id = {second}"));
        Assert.Contains("value=\"1.500\"", form);   // the next read of this session starts from its own setting
    }

    [Fact]
    public async Task ADecimalCommaInEveryFigure_IsStoredAsTheDecimalItMeans()
    {
        var id = await SaveAsync(Paste(Tabs("""
            Pos⇥Driver⇥Qual⇥Laps/Time⇥Behind⇥Fastest Lap (Lap #)⇥Avg Lap⇥Avg Top 5⇥Avg Top 10⇥Avg Top 15⇥Top 3 Consecutive⇥Std. Deviation⇥Consistency
            1⇥7 SAM RIVERS
            View Laps⇥3⇥31/20:21,904⇥⇥37,11217⇥39,416⇥37,540⇥37,902⇥38,233⇥1:52,851⇥2,11⇥94,65%
            """), heat: "A-Main", racingClass: "1/8 Nitro Buggy"), line: 0);

        // 20:21,904 = 1221.904 s; "37,11217" is 37.112 on lap 17 (three decimals, then the lap).
        Assert.Equal("A-Main|1/8 Nitro Buggy|1|31|00:20:21.904|37.112|39.416|94.650|||", await Stored(id));
        Assert.Equal("1|7|SAM RIVERS||3|31|1221.904||37.112|17|39.416|37.540|37.902|38.233|112.851|2.11|94.65|", await Field(id));
    }

    [Fact]
    public async Task AnUnreadableLine_Answers422_NamingTheLineAndWhatWasExpected_AndNothingIsSaved()
    {
        var broken = RcScoringPro.Replace(" 1/14.90 2/15.31 3/15.69", " 1/14.90 2/15.x1 3/15.69");

        var read = await _app.Ana.HtmxPostAsync($"{Results}/read", Paste(broken));
        var save = await _app.Ana.HtmxPostAsync(Results, Paste(broken));

        foreach (var answer in new[] { read, save })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
            var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
            Assert.Contains("Nothing was saved. Line 10: \"1/14.90 2/15.x1 3/15.69\" — Expected a lap time such as 37.112 or 1:03.004 for car #2, not \"15.x1\".", html);
            Assert.Contains("id=\"result-laptimes-error\" class=\"error\" role=\"alert\"", html);
        }
        Assert.Equal(_before, await Everything());
    }

    [Fact]
    public async Task APasteThatNamesNoHeat_IsSavedOnlyWithATypedOne_ElseAnswers422BesideTheHeat()
    {
        var (confirmation, readOf) = await ConfirmationAsync(Paste(MyLaps));

        var response = await _app.Ana.HtmxPostAsync(Results, new Dictionary<string, string>(Paste(MyLaps)) { ["Driver"] = "0", ["ReadOf"] = readOf });

        Assert.Contains("Heat <strong>not named: type it below</strong>", confirmation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches("id=\"result-heat-error\" class=\"error\" role=\"alert\">Name the heat: this paste does not", await response.Content.ReadAsStringAsync());
        Assert.Equal(_before, await Everything());
    }

    [Fact]
    public async Task ALayoutWithNoDriversLine_Answers422_AsThereIsNothingToSave()
    {
        var response = await _app.Ana.HtmxPostAsync(Results, Paste(Tabs("Pos⇥Driver⇥Qual⇥Laps/Time⇥Behind⇥Fastest Lap (Lap #)⇥Avg Lap")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nothing was saved. Read as LiveRC race result, 0 drivers: there is no driver's line to save.",
            await DecodedAsync(response));
        Assert.Equal(_before, await Everything());
    }

    [Fact]
    public async Task SavingAConfirmationWithoutALine_Answers422_AndAPasteChangedSinceItWasRead_IsShownAgain()
    {
        var (_, readOf) = await ConfirmationAsync(Paste(LiveRcRace12Drivers));

        var noLine = await _app.Ana.HtmxPostAsync(Results, new Dictionary<string, string>(Paste(LiveRcRace12Drivers)) { ["ReadOf"] = readOf });
        var changed = await _app.Ana.HtmxPostAsync(Results, new Dictionary<string, string>(Paste(LiveRcQualifier4)) { ["ReadOf"] = readOf, ["Driver"] = "2" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noLine.StatusCode);
        Assert.Contains("Choose your line in the field, then save.", await noLine.Content.ReadAsStringAsync());
        // Line 2 of the qualifier was never shown to the racer: the confirmation comes again, nothing saved.
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Read as: LiveRC race result, 4 drivers", await changed.Content.ReadAsStringAsync());
        Assert.Equal(_before, await Everything());
    }

    [Fact]
    public async Task TheChoice_IsRememberedPerTimingName_SoTheNextPasteOfThatNamePreselectsIt()
    {
        await SaveAsync(Paste(LiveRcRace12Drivers), line: 1);
        var remembered = await TestPostgres.ScalarAsync<string>(Db,
            "SELECT concat_ws('|', timing_key, n.name, car_number, vehicle_id) FROM timing_names n JOIN racer_profiles p ON p.id = n.profile_id WHERE p.name = 'Ana'");
        var newForm = await (await _app.Ana.HtmxGetAsync($"{Results}/new")).Content.ReadAsStringAsync();

        // The printout lists him "Andersen, Jo", #2: car 12 is not in it, his remembered name is.
        var (confirmation, _) = await ConfirmationAsync(Paste(RcScoringPro));
        var id = await SaveAsync(Paste(RcScoringPro), line: 1);

        Assert.Equal($"andersen jo|JO ANDERSEN|12|{_app.AnasCar}", remembered);
        Assert.Contains("name=\"CarNumber\" type=\"text\" value=\"12\"", newForm);
        Assert.Contains("Suggested: 2 Andersen, Jo, matched by the name you chose before. Save if it is you.", WebUtility.HtmlDecode(confirmation));
        Assert.Matches(@"value=""1"" checked=""checked"" /> P2 · 2 Andersen, Jo", WebUtility.HtmlDecode(confirmation));
        Assert.EndsWith("|1|Remembered||4", await Heat(id));
        Assert.Equal("andersen jo|Andersen, Jo|2", await TestPostgres.ScalarAsync<string>(Db,
            "SELECT concat_ws('|', timing_key, n.name, car_number) FROM timing_names n JOIN racer_profiles p ON p.id = n.profile_id WHERE p.name = 'Ana'"));
        // Bruno's browser sees none of Ana's choices.
        Assert.DoesNotContain("value=\"12\"", await (await _app.Bruno.HtmxGetAsync(
            $"/event-setup/sessions/{await BrunosSessionAsync()}/results/new")).Content.ReadAsStringAsync());
    }

    async Task<int> BrunosSessionAsync()
    {
        await _app.Bruno.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = _app.BrunosCar.ToString(), ["SessionName"] = "Club race", ["Type"] = "Main", ["Date"] = "2026-03-14",
        });
        return await TestPostgres.ScalarAsync<int>(Db, $"SELECT max(id) FROM sessions WHERE vehicle_id = {_app.BrunosCar}");
    }

    /// <summary>MARCO DELGADO's place in the A-Main, as FieldStandingTests works it out.</summary>
    const string MarcosLine = "A-Main: P3 of 12 · +0.911 s/lap to the winner · +0.543 s to the fastest lap · +0.249 s/lap to P2 · "
                              + "best lap 3rd of 11, average 3rd of 11, consistency 2nd of 11";

    [Fact]
    public async Task TheSession_ShowsWhereTheRacerStands_AndTheFieldChart_AndPerformanceCompareAndPrintShowTheSameLine()
    {
        await RenameAnaAsync("Marco Delgado");
        var id = await SaveAsync(Paste(LiveRcRace12Drivers), line: 2);
        var plain = await _app.Ana.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
        {
            ["CarId"] = _app.AnasCar.ToString(), ["SessionName"] = "Practice", ["Type"] = "Practice", ["Date"] = "2026-03-13",
        });
        var practice = await TestPostgres.ScalarAsync<int>(Db, "SELECT max(id) FROM sessions");

        var panel = await DecodedAsync(await _app.Ana.HtmxGetAsync(Results));
        var performance = await DecodedAsync(await _app.Ana.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/performance"));
        var compare = await DecodedAsync(await _app.Ana.GetAsync($"/compare?a=session-{practice}&b=session-{_session}"));
        var print = await DecodedAsync(await _app.Ana.GetAsync($"/print/sessions/{_session}"));

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Contains("<strong class=\"place\">P3 of 12</strong>", panel);
        Assert.Contains("3 MARCO DELGADO, found by your name · qualified 2nd · 7.478 behind", panel);
        Assert.Contains("<dt>To the winner</dt><dd>+0.911 s/lap</dd>", panel);
        Assert.Contains("<dt>To the fastest lap</dt><dd>+0.543 s</dd>", panel);
        Assert.Contains("<dt>To the car ahead (P2)</dt><dd>+0.249 s/lap</dd>", panel);
        Assert.Contains("<dt>Best lap rank</dt><dd>3rd of 11</dd>", panel);
        Assert.Contains("<dt>Average rank</dt><dd>3rd of 11</dd>", panel);
        Assert.Contains("<dt>Consistency rank</dt><dd>2nd of 11</dd>", panel);
        Assert.Contains($"<title id=\"field-chart-{id}-title\">Best and average lap of each driver by place, 3 MARCO DELGADO marked (P3 of 12); "
                        + "the field's fastest lap 37.112 and median lap 42.333</title>", panel);
        Assert.Contains("<caption>As LiveRC printed it</caption>", panel);
        Assert.Contains(MarcosLine, performance);
        Assert.Contains(MarcosLine, print);
        Assert.Matches(@"<th scope=""row"">To the winner \(s/lap\)</th><td>—</td><td>\+0\.911</td>", compare);
        Assert.Contains("<th scope=\"row\">Place</th><td>—</td><td>P3 of 12</td>", compare);
        Assert.Contains("<th scope=\"row\">In the field</th><td>—</td><td>A-Main (LiveRC)</td>", compare);
    }

    [Fact]
    public async Task APrintedFigureThatDiffersByMoreThanRounding_IsLabelledAsTheTimingSystems_PitwallsBesideIt()
    {
        // MyRCM prints 09.600 as Sam's best; his laps' best is 9.688: more than rounding. Its Mediumtime 09.789 is the
        // laps' mean, 48.946 ÷ 5 = 9.7892, within half a thousandth of each: not labelled.
        var id = await SaveAsync(Paste(MyRcm.Replace("| 5 | 00:48.946 | 09.688 | 09.789 |", "| 5 | 00:48.946 | 09.600 | 09.789 |"), heat: "Final"), line: 0);
        var panel = WebUtility.HtmlDecode(await (await _app.Ana.HtmxGetAsync(Results)).Content.ReadAsStringAsync());

        Assert.Contains("<caption>As MyRCM printed it, with Pitwall's figures from your laps</caption>", panel);
        Assert.Matches(@"<tr class=""differs"">\s*<th scope=""row"">Fastest lap</th>\s*<td>9\.600<span class=""system-figure""> MyRCM's figure</span></td>\s*<td>9\.688</td>", panel);
        Assert.Matches(@"<tr>\s*<th scope=""row"">Average lap</th>\s*<td>9\.789</td>\s*<td>9\.789</td>", panel);
        Assert.Equal("Final||1|5|00:00:48.946|9.600|9.789|99.072|[9.855, 9.712, 9.790, 9.688, 9.901]||", await Stored(id));
    }

    [Fact]
    public async Task ResultsPastedFromAFile_AreReadLikeAPaste_TheTextComingBackInTheBox()
    {
        var response = await _app.Ana.HtmxPostFileAsync(Results, Paste(""), "csv", "race6.txt", Encoding.UTF8.GetBytes(RcScoringPro));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Read as: RC Scoring Pro printout, 4 cars", html);
        Assert.Contains("Rivers, Sam    #1      5     1:17.420", WebUtility.HtmlDecode(html));   // in the box, to save from
        Assert.Equal(_before, await Everything());
    }

    [Fact]
    public async Task DeletingTheResult_DeletesItsHeat()
    {
        var id = await SaveAsync(Paste(LiveRcRace12Drivers), line: 2);

        var deleted = await _app.Ana.HtmxPostAsync($"/results/{id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(Db, $"SELECT count(*) FROM timing_heats WHERE result_id = {id}"));
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(Db, $"SELECT count(*) FROM race_results WHERE id = {id}"));
    }

    [Fact]
    public async Task AnotherRacersSession_Is404_ForReadingAndSaving_AndNothingChanges()
    {
        var (_, readOf) = await ConfirmationAsync(Paste(LiveRcRace12Drivers));
        var before = await Everything();

        var answers = new[]
        {
            await _app.Bruno.HtmxGetAsync($"{Results}/new"),
            await _app.Bruno.HtmxPostAsync($"{Results}/read", Paste(LiveRcRace12Drivers)),
            await _app.Bruno.HtmxPostAsync(Results, new Dictionary<string, string>(Paste(LiveRcRace12Drivers)) { ["ReadOf"] = readOf, ["Driver"] = "2" }),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(before, await Everything());
    }

    [Fact]
    public async Task TheStoredHeat_IsWhatTheEarlierToolsOwnReadsFind()
    {
        await SaveAsync(Paste(LiveRcRace12Drivers), line: 2);
        await SaveAsync(Paste(LiveRcQualifier4, car: "3"), line: 1);

        // Its reads of a session, as it runs them: min(best_lap) and avg(consistency), and the heats by name.
        await using var tool = new Npgsql.NpgsqlConnection(Db);
        var (best, consistency) = await Dapper.SqlMapper.QuerySingleAsync<(decimal, decimal)>(tool,
            "SELECT min(best_lap), avg(consistency) FROM race_results WHERE session_id = @session", new { session = _session });
        var heats = await Dapper.SqlMapper.QueryAsync<(string, string?, string?)>(tool,
            "SELECT heat_name, liverc_event_id, liverc_driver_id FROM race_results WHERE session_id = @session ORDER BY id", new { session = _session });

        // A-Main 37.655 and 93.45 %; Qualifier 4 ("38.0447": 38.044 on lap 7) and 96.95 %: (93.45 + 96.95) ÷ 2 = 95.2.
        Assert.Equal(37.655m, best);
        Assert.Equal(95.2m, consistency);
        // No layout of a paste carries LiveRC's event or driver ids (they are in its page's links): none is made up.
        Assert.Equal(new (string, string?, string?)[] { ("A-Main", null, null), ("Qualifier 4", null, null) }, heats);
    }

    [GeneratedRegex("name=\"ReadOf\" value=\"([0-9A-F]+)\"")]
    private static partial Regex ReadOfPattern();

    [GeneratedRegex("type=\"radio\" name=\"Driver\"")]
    private static partial Regex RadioPattern();
}
