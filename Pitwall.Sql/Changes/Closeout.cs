namespace Pitwall.Sql.Changes;

/// <summary>What the racer says when closing a session.</summary>
public sealed record Closeout(int Rating, string? Feel, string? Observation)
{
    public static readonly IReadOnlyList<string> Symptoms = ["Front-end wash", "Rear-end loose", "Stability (bumpy)", "Rotation (tight)"];
    public static readonly IReadOnlyList<string> Gains = ["Corner entry", "Corner exit", "Jumping/landing", "Consistency"];
    public const int ObservationMax = 2000;
}

/// <summary>A closed session's closeout as stored, for the session's view.</summary>
public sealed record SessionCloseout(int SessionId, int CarId, string Status, int? Rating, string? Feel, string? Observation, DateTime? ClosedAt)
{
    public bool IsDraft => Status == "draft";
    public bool IsClosed => Status == "closed";
}

/// <summary>What closing a session did.</summary>
public enum CloseOutcome { Closed, StillADraft, AlreadyClosed, NotFound }
