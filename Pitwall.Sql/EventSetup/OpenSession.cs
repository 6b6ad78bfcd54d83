using Pitwall.Sql.Setup;

namespace Pitwall.Sql.EventSetup;

/// <summary>The session the panel shows (a draft or one reopened), its setup and its car's baseline parsed once, as read.</summary>
public sealed record OpenSession(
    int Id, int CarId, string? Name, string Type, DateOnly? Date, string? TrackName, string? TrackSize,
    string? Traction, string? SurfaceType, string? SurfaceCondition, string Status,
    SetupValues Setup, SetupValues Baseline)
{
    public bool IsDraft => Status == "draft";
}
