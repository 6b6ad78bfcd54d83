namespace Pitwall.Sql.EventSetup;

/// <summary>The details of a session as the racer types them.</summary>
public sealed record SessionDetails(
    string Name, string Type, DateOnly Date, string? TrackName, string? TrackSize, string? Traction,
    string? SurfaceType, string? SurfaceCondition);
