using System.Globalization;
using System.Text;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// A driver's name reduced so that "RIVERS, SAM", "Sam Rivers" and "sam  rivérs" are one key:
/// case, accents, word order and punctuation do not count. Apostrophes join ("O'Connor" is
/// "OConnor"); any other punctuation separates words.
/// </summary>
public static class NameKey
{
    // The projects build with InvariantGlobalization, where string.Normalize leaves "é" whole
    // (FormD does not decompose it), so accents are folded from this table instead. Letters that no
    // decomposition would split (ø, ß, ł, æ) need the table anyway.
    static readonly Dictionary<char, string> Folded = Table(
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
        ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ĳ", "ij"));

    static readonly HashSet<char> Apostrophes = ['\'', '’', '‘', '`', '´'];

    public static string Of(string? name)
    {
        var (words, word) = (new List<string>(), new StringBuilder());
        foreach (var c in (name ?? "").ToLowerInvariant())
        {
            // A mark typed after its letter (e + U+0301) belongs to the letter, which is folded already.
            if (Apostrophes.Contains(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) word.Append(Folded.TryGetValue(c, out var plain) ? plain : c.ToString());
            else End(words, word);
        }
        End(words, word);
        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>Two names are the same driver's when their keys are equal and not empty.</summary>
    public static bool Same(string? a, string? b) => Of(a) is { Length: > 0 } key && key == Of(b);

    static void End(List<string> words, StringBuilder word)
    {
        if (word.Length > 0) words.Add(word.ToString());
        word.Clear();
    }

    static Dictionary<char, string> Table(params (string Accented, string Plain)[] rows) =>
        rows.SelectMany(r => r.Accented.Select(c => (c, r.Plain))).ToDictionary(p => p.c, p => p.Plain);
}
