using System.Text.RegularExpressions;

namespace Pitwall.Sql.Fleet;

/// <summary>
/// The car rules the database enforces (vehicles_enforce_rules, V16), in C# for the forms and the
/// car file to say beside the field: one twin, and CarRulesTests proves it equals the SQL.
/// </summary>
public static partial class CarRules
{
    /// <summary>Brand, model and nickname: at most this many characters.</summary>
    public const int FieldMax = 60;

    /// <summary>A transponder: 1 to this many letters, digits or dashes ('' is the earlier tool's "none").</summary>
    public const int TransponderMax = 20;

    public static bool IsTransponder(string value) => TransponderPattern().IsMatch(value);

    [GeneratedRegex("^[0-9A-Za-z-]{1,20}$")]
    private static partial Regex TransponderPattern();
}
