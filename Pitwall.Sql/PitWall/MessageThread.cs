namespace Pitwall.Sql.PitWall;

/// <summary>The messages about one racer in one team, newest first.</summary>
public sealed record MessageThread(ThreadOwner Owner, IReadOnlyList<Message> Messages);
