namespace Pitwall.Sql.Changes;

/// <summary>What the racer says when closing a session.</summary>
public sealed record Closeout(int Rating, string? Feel, string? Observation)
{
    public static readonly IReadOnlyList<string> Symptoms = ["Front-end wash", "Rear-end loose", "Stability (bumpy)", "Rotation (tight)"];
    public static readonly IReadOnlyList<string> Gains = ["Corner entry", "Corner exit", "Jumping/landing", "Consistency"];
    public const int ObservationMax = 2000;
}
