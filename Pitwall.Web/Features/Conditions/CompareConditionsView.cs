using System.Globalization;
using Pitwall.Sql.Conditions;

namespace Pitwall.Web.Features.Conditions;

/// <summary>
/// The conditions of Compare's two sides (a side that is not a session has none): each measure as
/// the mean of the session's entries, and the delta B − A (temperatures in °C, with °F beside); a
/// measure neither side holds is left out.
/// </summary>
public sealed record CompareConditionsView(SessionConditions? A, SessionConditions? B)
{
    /// <summary>The measures either side holds (none at all: Compare shows no conditions table).</summary>
    public IReadOnlyList<(string Measure, string A, string B, string Delta)> Rows => AllRows.Where(r => r.A != "—" || r.B != "—").ToList();

    IEnumerable<(string Measure, string A, string B, string Delta)> AllRows
    {
        get
        {
            yield return Temperature("Air temperature", c => c.MeanAirC);
            yield return Temperature("Track temperature", c => c.MeanTrackC);
            yield return Plain("Grip (1–5)", c => c.MeanGrip, "0.#");
            yield return Plain("Humidity %", c => c.MeanHumidity, "0");
            if (A?.EarlierToolTempC is not null || B?.EarlierToolTempC is not null)
                yield return Temperature("Temperature (earlier tool)", c => c.EarlierToolTempC);
        }
    }

    (string, string, string, string) Temperature(string measure, Func<SessionConditions, decimal?> of)
    {
        var (a, b) = (A is null ? null : of(A), B is null ? null : of(B));
        string Show(decimal? c) => c is { } v ? $"{Sql.Conditions.Temperature.Number(v)} °C" : "—";
        var delta = a is { } x && b is { } y
            ? $"{Signed(y - x, "0.#")} °C ({Signed(Sql.Conditions.Temperature.DeltaToFahrenheit(y - x), "0.#")} °F)"
            : "—";
        return (measure, Show(a), Show(b), delta);
    }

    (string, string, string, string) Plain(string measure, Func<SessionConditions, decimal?> of, string format)
    {
        var (a, b) = (A is null ? null : of(A), B is null ? null : of(B));
        string Show(decimal? v) => v is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "—";
        return (measure, Show(a), Show(b), a is { } x && b is { } y ? Signed(y - x, format) : "—");
    }

    /// <summary>Signed after rounding: a difference that rounds to nothing shows as 0.</summary>
    static string Signed(decimal d, string format)
    {
        var text = Math.Abs(d).ToString(format, CultureInfo.InvariantCulture);
        var rounded = decimal.Parse(text, CultureInfo.InvariantCulture);
        return rounded == 0 ? "0" : (d > 0 ? "+" : "−") + text;
    }
}
