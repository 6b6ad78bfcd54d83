using System.Text.RegularExpressions;

namespace Pitwall.Sql.Migrations;

/// <summary>
/// Finds the line of a script that PostgreSQL's error position points at. Npgsql sends a
/// script as separate statements and PostgreSQL counts the position from the start of the
/// failing one without saying which; the statement whose text at that position starts
/// with the token the message quotes is the one (else the first long enough). Errors
/// without a position point at the first line of code that names the quoted object.
/// </summary>
public static partial class ScriptLocator
{
    public static int? LineOf(string script, int position, string message)
    {
        var quoted = QuotedToken().Matches(message).Select(m => m.Groups[1].Value).Where(t => t.Length > 0).ToList();
        if (position <= 0) return FirstCodeLineWith(script, quoted);
        var candidates = StatementStarts(script).Select(s => s + position - 1).Where(o => o < script.Length).ToList();
        if (candidates.Count == 0) return null;
        var offset = candidates.FirstOrDefault(o => quoted.Any(t => string.CompareOrdinal(script, o, t, 0, t.Length) == 0), candidates[0]);
        return script.AsSpan(0, offset).Count('\n') + 1;
    }

    /// <summary>The line of the first code in script[start..end), past blanks and comments above it.</summary>
    public static int FirstCodeLine(string script, int start, int end)
    {
        var code = start;
        while (code < end && (char.IsWhiteSpace(script[code]) || At(script, code, "--")))
            code = At(script, code, "--") ? IndexOrEnd(script, "\n", code) : code + 1;
        return script.AsSpan(0, code).Count('\n') + 1;
    }

    // Errors without a position ("relation … already exists") quote the object: the first line of code naming it.
    static int? FirstCodeLineWith(string script, IReadOnlyList<string> tokens)
    {
        var lines = script.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].Split("--")[0];
            if (tokens.Any(t => code.Contains(t, StringComparison.Ordinal))) return i + 1;
        }
        return null;
    }

    /// <summary>Offsets where statements begin: the first non-blank character after each top-level semicolon.</summary>
    public static IEnumerable<int> StatementStarts(string sql)
    {
        var atStart = true;
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (atStart && !char.IsWhiteSpace(c))
            {
                yield return i;
                atStart = false;
            }
            if (c == '-' && At(sql, i, "--")) i = IndexOrEnd(sql, "\n", i);
            else if (c == '/' && At(sql, i, "/*")) i = IndexOrEnd(sql, "*/", i + 2) + 1;
            else if (c is '\'' or '"') i = IndexOrEnd(sql, c.ToString(), i + 1);
            else if (c == '$' && DollarTag().Match(sql, i) is { Success: true } tag && tag.Index == i)
                i = IndexOrEnd(sql, tag.Value, i + tag.Length) + tag.Length - 1;
            else if (c == ';') atStart = true;
        }
    }

    static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    static int IndexOrEnd(string s, string token, int from)
    {
        var i = s.IndexOf(token, Math.Min(from, s.Length), StringComparison.Ordinal);
        return i < 0 ? s.Length : i;
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedToken();

    [GeneratedRegex(@"\$[A-Za-z_]*\$")]
    private static partial Regex DollarTag();
}
