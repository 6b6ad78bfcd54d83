using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results;

/// <summary>A lap time that cannot be read, with where it stood, in words for the racer.</summary>
public sealed record LapProblem(int Line, string Text, string Message)
{
    public override string ToString() => $"Line {Line}: \"{Text}\" — {Message}";
}
