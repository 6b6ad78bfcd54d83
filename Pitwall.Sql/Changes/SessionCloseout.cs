namespace Pitwall.Sql.Changes;

/// <summary>A closed session's closeout as stored, for the session's view.</summary>
public sealed record SessionCloseout(int SessionId, int CarId, string Status, int? Rating, string? Feel, string? Observation, DateTime? ClosedAt)
{
    public bool IsDraft => Status == "draft";
    public bool IsClosed => Status == "closed";
}
