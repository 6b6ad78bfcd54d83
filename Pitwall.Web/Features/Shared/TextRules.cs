using System.Globalization;
using System.Text;

namespace Pitwall.Web.Features.Shared;

/// <summary>
/// What every typed text must be before it is saved: trimmed, readable (a form decodes invalid
/// UTF-8 to U+FFFD, the replacement character, which is refused rather than stored as junk),
/// and, for names, with at least one character a person can see. Names are put in Unicode NFC
/// by the SQL that stores them (normalize(@name, NFC)): the app runs in .NET's invariant
/// globalization mode, without the ICU data string.Normalize needs.
/// </summary>
public static class TextRules
{
    public const string Unreadable = "This holds bytes that are not valid UTF-8 text; retype it.";
    public const string Invisible = "Use at least one visible character (letters, digits or symbols).";

    /// <summary>Trimmed, with empty input as null.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        // A lone surrogate cannot be normalised (and is not text): it becomes U+FFFD and is refused below.
        // (EnumerateRunes yields U+FFFD for each one.)
        if (HasLoneSurrogate(text)) text = string.Concat(text.EnumerateRunes().Select(r => r.ToString()));
        return text;
    }

    /// <summary>The message for a name (already cleaned), or null when it is fine.</summary>
    public static string? CheckName(string? name) => name switch
    {
        null => null,
        _ when name.Contains('\uFFFD') => Unreadable,
        _ when !HasVisible(name) => Invisible,
        _ => null,
    };

    /// <summary>Adds <see cref="Unreadable"/> to each field that holds U+FFFD and has no message yet.</summary>
    public static void CheckReadable(Dictionary<string, string> errors, params (string Field, string? Value)[] fields)
    {
        foreach (var (field, value) in fields)
            if (value?.Contains('\uFFFD') == true) errors.TryAdd(field, Unreadable);
    }

    /// <summary>True when some character would show: not a space, control, format (zero-width), mark alone or filler.</summary>
    public static bool HasVisible(string text) => text.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate => false,
        // Hangul fillers and the braille blank are letters or symbols on paper, blank on screen.
        _ => r.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0xFFFC),
    });

    static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
