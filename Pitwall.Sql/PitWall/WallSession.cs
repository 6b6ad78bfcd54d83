namespace Pitwall.Sql.PitWall;

/// <summary>The racer a wall taps, and the session their card shows (none yet: the session columns are null).</summary>
public sealed record WallSession(
    int RacerId, string RacerName, string TeamName,
    int? SessionId, string? SessionName, string? SessionType, string? SessionStatus, DateOnly? SessionDate,
    string? TrackName, string? TrackSize, string? Traction, string? SurfaceType, string? SurfaceCondition,
    string? Car, string Setup, string Baseline);
