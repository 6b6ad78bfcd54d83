using System.Globalization;

namespace Pitwall.Sql.Setup;

/// <summary>One line of the setup sheet: its key as stored, where it sits, its unit and what is a sane value.</summary>
public sealed record SetupParameter(string Key, string Group, string Label, string? Unit, ParameterKind Kind, decimal Min = 0, decimal Max = 0)
{
    public const int TextLimit = 40;

    /// <summary>Null when the value is acceptable, else what is wrong with it, in words for the racer.</summary>
    public string? Check(string value)
    {
        if (Kind == ParameterKind.Text)
            return value.Length <= TextLimit ? null : $"Use at most {TextLimit} characters.";
        if (!SetupNumber.TryParse(value, out var number))
            return Kind == ParameterKind.Whole ? "Enter a whole number." : "Enter a number, such as 2.5.";
        if (Kind == ParameterKind.Whole && number != decimal.Truncate(number))
            return "Enter a whole number.";
        return number < Min || number > Max ? $"Enter a value from {Format(Min)} to {Format(Max)}{(Unit is null ? "" : " " + Unit)}." : null;
    }

    public bool IsNumeric => Kind != ParameterKind.Text;

    /// <summary>
    /// Null when a value a car file carries may be stored: a number that passes <see cref="Check"/>
    /// (or is 0, the earlier tool's placeholder for a blank cell), or text of at most
    /// <see cref="TextLimit"/> characters (a text-kind value's rule; on a numeric parameter, the
    /// earlier tool's "450wt" or "BLANK", kept and shown flagged as adopted values are).
    /// </summary>
    public string? CheckCarried(System.Text.Json.Nodes.JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.Number when value.ToJsonString() is var n && n != "0" => Check(n),
        System.Text.Json.JsonValueKind.Number => null,
        System.Text.Json.JsonValueKind.String => value.GetValue<string>().Length <= TextLimit ? null : $"Use at most {TextLimit} characters.",
        _ => "Use a number or text.",
    };

    static string Format(decimal d) => d.ToString("0.###", CultureInfo.InvariantCulture);
}
