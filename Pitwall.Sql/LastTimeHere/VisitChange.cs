namespace Pitwall.Sql.LastTimeHere;

/// <summary>A change logged for a session at the track (setup_changes), with its outcome once the session was closed.</summary>
public sealed record VisitChange(string? Parameter, string? OldValue, string? NewValue, string? Outcome, string? Status);
