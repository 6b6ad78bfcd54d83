using Pitwall.Sql.Exchange;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Exchange;

/// <summary>The measurement `make bench` can call: it seeds, exports, reads and imports, and reports what it measured.</summary>
public sealed class ExchangeMeasurementTests
{
    [Fact]
    public async Task TheMeasurement_ExportsAndImportsTheSeededCar_AndReportsItsSize()
    {
        var db = (await TestStores.CreateAsync()).ConnectionString;

        var figures = await ExchangeMeasurement.MeasureAsync(db, sessions: 10, heats: 2, laps: 5, runs: 1);

        Assert.Equal(10, figures.Sessions);
        Assert.Equal(20, figures.Results);
        Assert.InRange(figures.Bytes, 10_000, 200_000);
        Assert.True(figures.ExportMs > 0 && figures.ReadMs > 0 && figures.ImportMs > 0);
        // The seeded car, and one imported copy per run (the warm-up and one timed run).
        Assert.Equal(3L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM vehicles WHERE nickname = 'Bench'"));
        Assert.Equal(60L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM race_results"));
    }
}
