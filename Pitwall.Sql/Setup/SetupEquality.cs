using System.Globalization;

namespace Pitwall.Sql.Setup;

/// <summary>
/// When two values of one parameter are the same setting, one rule for the change log and for
/// compare: numbers are equal within their unit's precision (<c>7000</c> = <c>7000.0</c>,
/// <c>"2,0"</c> = <c>2</c>), anything else is compared trimmed and ignoring case; a blank (or
/// missing, or null) value equals only a blank one.
/// </summary>
public static class SetupEquality
{
    /// <summary>Whole units (cSt, teeth) compare to 1, the others (mm, deg) to 0.01.</summary>
    public static int Decimals(SetupParameter p) => p.Kind == ParameterKind.Whole ? 0 : 2;

    public static bool Same(SetupParameter p, string? a, string? b)
    {
        a = a?.Trim() ?? "";
        b = b?.Trim() ?? "";
        if (Numbers(p, a, b) is var (x, y)) return x == y;
        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>b − a at the unit's precision when both are numbers of a numeric parameter, else null.</summary>
    public static decimal? Difference(SetupParameter p, string? a, string? b) =>
        Numbers(p, a?.Trim() ?? "", b?.Trim() ?? "") is var (x, y) ? y - x : null;

    /// <summary>A signed difference as the racer reads it: <c>+50</c>, <c>−0.5</c>, <c>0</c>.</summary>
    public static string Signed(decimal d, SetupParameter p)
    {
        var text = Math.Abs(d).ToString(Decimals(p) == 0 ? "0" : "0.##", CultureInfo.InvariantCulture);
        return d > 0 ? "+" + text : d < 0 ? "−" + text : text;
    }

    static (decimal, decimal)? Numbers(SetupParameter p, string a, string b)
    {
        if (!p.IsNumeric || !SetupNumber.TryParse(a, out var x) || !SetupNumber.TryParse(b, out var y)) return null;
        var places = Decimals(p);
        return (Math.Round(x, places, MidpointRounding.AwayFromZero), Math.Round(y, places, MidpointRounding.AwayFromZero));
    }
}
