using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Setup;

/// <summary>
/// How a setup value reads as a number. The earlier tool stored numbers as text with a
/// decimal comma (<c>"2,0"</c> is 2.0), so a comma is a decimal separator, never a
/// thousands separator; anything with letters (<c>"450wt"</c>) is not a number.
/// </summary>
public static partial class SetupNumber
{
    public static bool TryParse(string? text, out decimal number)
    {
        number = 0;
        if (text is null || !Plain().IsMatch(text)) return false;
        return decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^\s*[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*$")]
    private static partial Regex Plain();
}
