using Pitwall.Sql.Results.Timing;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Results.Timing;

/// <summary>The measurement `make bench` can call: it reads, matches and saves a whole heat per run, one transaction each.</summary>
public sealed class TimingMeasurementTests
{
    [Fact]
    public async Task TheMeasurement_SavesOneHeatPerRun_InOneTransactionEach_AndReportsItsTimings()
    {
        var db = (await TestStores.CreateAsync()).ConnectionString;

        var figures = await TimingMeasurement.MeasureAsync(db, drivers: 12, laps: 10, runs: 5, warm: 1);

        Assert.Equal((12, 10, 5), (figures.Drivers, figures.Laps, figures.Runs));
        Assert.True(figures.ParseP50Ms > 0 && figures.P50Ms >= figures.ParseP50Ms && figures.P99Ms >= figures.P50Ms && figures.MaxMs >= figures.P99Ms);
        Assert.Equal(1.0, figures.TransactionsPerSave);
        // The warm-up and five timed runs: six results, each with its heat of 12 drivers; the racer's line is the
        // seventh (drivers / 2 = 6, counted from 0), 10 laps, its race time the sum of its laps.
        Assert.Equal("6|6|12|10|10", await TestPostgres.ScalarAsync<string>(db, """
            SELECT concat_ws('|', count(*), count(h.result_id), min(jsonb_array_length(h.field)), min(r.laps_completed), min(jsonb_array_length(r.lap_times)))
            FROM race_results r LEFT JOIN timing_heats h ON h.result_id = r.id
            """));
        // The first run found the racer by name; every later one by the car number that choice remembered.
        Assert.Equal("Name,CarNumber,CarNumber,CarNumber,CarNumber,CarNumber", await TestPostgres.ScalarAsync<string>(db,
            "SELECT string_agg(chosen_by, ',' ORDER BY result_id) FROM timing_heats"));
    }
}
