namespace Pitwall.Sql.PitWall;

/// <summary>A message between the wall and a racer (pit_wall_messages), with its author and read state.</summary>
public sealed record Message(int Id, string Text, string Type, string Author, bool IsRead, string? SessionName, int SecondsAgo)
{
    public bool FromWall => Author == MessageRules.Wall;
}
