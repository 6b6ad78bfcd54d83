using System.Globalization;
using CsvHelper;
using Pitwall.Sql.Exchange;
using Pitwall.Sql.Results;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Exchange;

/// <summary>
/// "Export CSV": one row per result (a session without results still gets one row), with the
/// session's details, the figures (seconds and percentages as plain numbers, so a spreadsheet
/// can compute with them) and one column per setup parameter, values as stored.
/// </summary>
public static class SessionsCsv
{
    public static readonly IReadOnlyList<string> SessionColumns =
        ["Session", "Type", "Date", "Track", "Track size", "Traction", "Surface type", "Surface condition", "Status"];

    public static readonly IReadOnlyList<string> ResultColumns =
        ["Heat", "Class", "Position", "Laps", "Best lap (s)", "Average (s)", "Total (s)", "Best 3 consecutive (s)", "Consistency (%)", "Fade (%)", "ORP"];

    public static string Write(CarSessions car)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var header in SessionColumns.Concat(ResultColumns).Concat(SetupSheet.Parameters.Select(p => p.Key))) csv.WriteField(header);
        csv.NextRecord();
        foreach (var session in car.Sessions)
        {
            var setup = SetupValues.From(session.Setup);
            foreach (var result in session.Results.Count == 0 ? [null] : session.Results.Cast<RunResult?>())
            {
                foreach (var field in new[] { session.Name, session.Type, session.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), session.TrackName,
                                              session.TrackSize, session.Traction, session.SurfaceType, session.SurfaceCondition, session.Status })
                    csv.WriteField(field ?? "");
                var f = result?.Figures;
                foreach (var field in new[] { result?.Heat, result?.RacingClass, result?.Position?.ToString(CultureInfo.InvariantCulture),
                                              f is null || f.Laps == 0 ? null : f.Laps.ToString(CultureInfo.InvariantCulture),
                                              N(f?.Best), N(f?.Average), N(f?.Total), N(f?.Best3Consecutive), N(f?.Consistency, "0.0"), N(f?.FadePercent, "0.0"), N(f?.Orp, "0.0") })
                    csv.WriteField(field ?? "");
                foreach (var p in SetupSheet.Parameters) csv.WriteField(setup[p.Key] ?? "");
                csv.NextRecord();
            }
        }
        csv.Flush();
        return text.ToString();
    }

    static string? N(decimal? value, string format = "0.000") => value?.ToString(format, CultureInfo.InvariantCulture);
}
