using System.Net;
using CsvHelper;
using System.Globalization;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Exchange;

/// <summary>"Export CSV": one row per result with the session, the figures and one column per setup parameter.</summary>
public abstract class SessionsCsvTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : SessionsCsvTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : SessionsCsvTests(DatabaseShape.Adopted);

    SeededApp _app = null!;

    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheCsv_IsUtf8WithAByteOrderMark_HasTheColumns_AndOneRowPerResult_WithFiguresAndSetupValues()
    {
        await TestPostgres.ExecuteAsync(_app.App.ConnectionString, $"""
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, traction, status, actual_setup)
            SELECT profile_id, id, 'Club night', 'Practice', '2026-11-20', 'Thunder Alley', 'High', 'active', '{"{"}"SO_F": 500, "P_F": "1.2x4", "DF": "2,0"{"}"}'
            FROM vehicles WHERE id = {_app.AnasCar};
            INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, status, actual_setup)
            SELECT profile_id, id, 'Empty', 'Main', '2026-11-21', 'draft', '{"{"}{"}"}' FROM vehicles WHERE id = {_app.AnasCar};
            INSERT INTO race_results (session_id, profile_id, heat, racing_class, position, lap_times, laps_completed, best_lap, average_lap, total_time, consistency)
            SELECT id, profile_id, heat, 'Buggy', 2, '[25, 24, 26, 25, 25]', 5, 24, 25, 125, 0.7071 FROM sessions, (VALUES ('Q1'), ('Q2')) h(heat) WHERE session_name = 'Club night';
            """);

        var response = await _app.Ana.GetAsync($"/shop-master/cars/{_app.AnasCar}/sessions.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var csv = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3))), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);   // UTF-8's byte-order mark, so spreadsheets read accents
        Assert.Equal(["Session", "Type", "Date", "Track", "Track size", "Traction", "Surface type", "Surface condition", "Status",
                      "Heat", "Class", "Position", "Laps", "Best lap (s)", "Average (s)", "Total (s)", "Best 3 consecutive (s)", "Consistency (%)", "Fade (%)", "ORP",
                      .. Pitwall.Sql.Setup.SetupSheet.Parameters.Select(p => p.Key)], csv.HeaderRecord!);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Q1", "Q2", ""], rows.Select(r => (string)r["Heat"]));
        var q1 = rows[0];
        Assert.Equal("Club night", q1.Values.First());
        Assert.Equal("2026-11-20", q1["Date"]);
        Assert.Equal("24.000", q1["Best lap (s)"]);
        Assert.Equal("75.000", q1["Best 3 consecutive (s)"]);
        Assert.Equal("5", q1["Laps"]);
        Assert.Equal("500", q1["SO_F"]);
        Assert.Equal("1.2x4", q1["P_F"]);
        Assert.Equal("2,0", q1["DF"]);
        Assert.Equal("", q1["Tread"]);
        Assert.Equal("Empty", rows[2].Values.First());
    }
}
