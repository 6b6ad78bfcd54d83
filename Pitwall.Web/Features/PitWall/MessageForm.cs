using Pitwall.Sql.PitWall;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.PitWall;

/// <summary>A message to send: its type and text (checked against MessageRules, V22's rules), and the racer's session it is about.</summary>
public sealed class MessageForm
{
    public string? Type { get; set; } = "note";
    public string? Text { get; set; }
    public int? Session { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Trimmed, with the browser's CRLF line ends as the single LF PostgreSQL counts once.</summary>
    public string CleanText => TextRules.Clean(Text?.Replace("\r\n", "\n")) ?? "";

    public bool Validate()
    {
        Errors.Clear();
        if (!MessageRules.Types.Any(t => t.Type == Type)) Errors[nameof(Type)] = "Choose a note, call-in, setup or warning.";
        var text = CleanText;
        // char_length counts code points, as EnumerateRunes does (an emoji is one).
        var length = text.EnumerateRunes().Count();
        if (length == 0) Errors[nameof(Text)] = "Write the message.";
        else if (length > MessageRules.MaxLength) Errors[nameof(Text)] = $"Use at most {MessageRules.MaxLength} characters (this one has {length}).";
        else if (TextRules.CheckName(text) is { } unreadable) Errors[nameof(Text)] = unreadable;
        return Errors.Count == 0;
    }
}
