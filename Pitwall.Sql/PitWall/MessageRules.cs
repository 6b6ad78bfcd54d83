namespace Pitwall.Sql.PitWall;

/// <summary>
/// The C# twin of V22's rules on pit_wall_messages (pit_wall_messages_message_rule and
/// pit_wall_messages_type_rule), which the form reads; PitWallMigrationTests compares the two.
/// </summary>
public static class MessageRules
{
    public const int MaxLength = 280;
    public const string Wall = "wall";
    public const string Racer = "racer";

    /// <summary>The message types, in the order the form offers them, with what the form calls them.</summary>
    public static readonly IReadOnlyList<(string Type, string Label)> Types =
    [
        ("note", "📝 Note"),
        ("call-in", "📣 Call-in"),
        ("setup", "🔧 Setup"),
        ("warning", "⚠️ Warning"),
    ];

    public static string Label(string type) => Types.FirstOrDefault(t => t.Type == type).Label ?? type;
}
