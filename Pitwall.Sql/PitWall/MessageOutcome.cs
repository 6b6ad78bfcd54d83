namespace Pitwall.Sql.PitWall;

/// <summary>What sending or marking a message did: done, or nothing because the racer, session or message is not this browser's (or team's).</summary>
public enum MessageOutcome { Done, NotFound }
