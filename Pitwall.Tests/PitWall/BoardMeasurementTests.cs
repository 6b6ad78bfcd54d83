using Npgsql;
using Pitwall.Tests.Infrastructure;
using Pitwall.Web.Features.PitWall;
using Xunit.Abstractions;

namespace Pitwall.Tests.PitWall;

/// <summary>
/// The pit wall's load measurement (BoardMeasurement), run small in the suite: two instances on
/// one database, boards on one, messages through the other. PITWALL_BOARD_MEASUREMENT=boards,writes,seconds
/// runs it at another size (200,10,10 is issue 22's) and prints the figures.
/// </summary>
public sealed class BoardMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryMessage_ReachesEveryBoard_AndTheBoardsHoldNoConnectionEach()
    {
        var size = Environment.GetEnvironmentVariable("PITWALL_BOARD_MEASUREMENT")?.Split(',').Select(int.Parse).ToArray() ?? [20, 5, 3];
        var db = await TestPostgres.CreateDatabaseAsync();
        var boardsDb = new NpgsqlConnectionStringBuilder(db) { ApplicationName = "pitwall-boards" }.ConnectionString;
        await using var boards = ServerProcess.Start(AppProcess.WebDll, new Dictionary<string, string?> { ["DATABASE_URL"] = boardsDb }, TestPostgres.FreePort());
        await boards.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        await using var writes = ServerProcess.Start(AppProcess.WebDll, new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = db, ["PITWALL_WRITES_PER_MINUTE"] = "0", ["PITWALL_CREATES_PER_HOUR"] = "0",
        }, TestPostgres.FreePort());
        await writes.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));

        var figures = await BoardMeasurement.MeasureAsync(new BoardMeasurementSetup(
            new Uri(boards.BaseUrl), boards.Id, "pitwall-boards", new Uri(writes.BaseUrl), db,
            Boards: size[0], WritesPerSecond: size[1], Duration: TimeSpan.FromSeconds(size[2])));
        output.WriteLine(figures.ToString());

        Assert.Equal(size[1] * size[2], figures.Writes);
        Assert.Equal(figures.Expected, figures.Deliveries);
        Assert.True(figures.P99Ms < 2000, figures.ToString());
        // One listening connection and a small pool serve every board: far fewer connections than boards.
        Assert.True(figures.ConnectionsBoards < size[0], figures.ToString());
        Assert.True(figures.MemoryIdleBytes > 0 && figures.MemoryBoardsBytes > 0);
    }
}
