namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// What BoardMeasurement drives: two running instances on one database (boards open on
/// <paramref name="BoardInstance"/>, process <paramref name="BoardProcessId"/>, whose
/// DATABASE_URL names <paramref name="BoardApplicationName"/> as its Application Name; writes go
/// through <paramref name="WriteInstance"/>, whose rate limits must be off:
/// PITWALL_WRITES_PER_MINUTE=0 and PITWALL_CREATES_PER_HOUR=0), and how hard.
/// </summary>
public sealed record BoardMeasurementSetup(
    Uri BoardInstance, int BoardProcessId, string BoardApplicationName,
    Uri WriteInstance, string ConnectionString,
    int Boards, int WritesPerSecond, TimeSpan Duration);
