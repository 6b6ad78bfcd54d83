namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// What BoardMeasurement measured. Delivery is from the start of a write's POST on the other
/// instance to a board holding it (so it includes the write itself); every board counts every
/// write once. Memory is the board instance's resident set; connections are its database
/// connections (pg_stat_activity by Application Name), with no board open and with them all.
/// </summary>
public sealed record BoardFigures(
    int Boards, int WritesPerSecond, int Writes, long Deliveries, long Expected,
    double P50Ms, double P99Ms, double MaxMs,
    long MemoryIdleBytes, long MemoryBoardsBytes, long ConnectionsIdle, long ConnectionsBoards)
{
    public override string ToString() =>
        $"{Boards} boards, {WritesPerSecond} writes/s ({Writes} writes): {Deliveries}/{Expected} deliveries, p50 {P50Ms:0.0} ms, p99 {P99Ms:0.0} ms, max {MaxMs:0.0} ms; " +
        $"memory {MemoryIdleBytes / 1048576.0:0.0} MB with no board, {MemoryBoardsBytes / 1048576.0:0.0} MB with {Boards}; " +
        $"database connections {ConnectionsIdle} with no board, {ConnectionsBoards} with {Boards}";
}
