namespace Pitwall.Sql.PitWall;

/// <summary>A change logged for the session the wall looks at, with its outcome once the session was closed.</summary>
public sealed record WallChange(int Id, string Parameter, string? OldValue, string? NewValue, string? Outcome, string? Status);
