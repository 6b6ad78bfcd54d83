using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pitwall.Sql.Results;
using Pitwall.Web.Features.Profiles;

namespace Pitwall.Web.Features.Results;

/// <summary>➕ Add Result and a result's edit form: heat, class, position, lap times (pasted or a CSV file).</summary>
public sealed class ResultForm
{
    public const int TextMax = 100;
    public const long CsvMaxBytes = 512 * 1024;

    [BindNever] public int? Id { get; set; }
    [BindNever] public int SessionId { get; set; }

    public string? Heat { get; set; }
    public string? RacingClass { get; set; }
    public string? Position { get; set; }
    public string? LapTimes { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    [BindNever] public IReadOnlyList<decimal> Laps { get; private set; } = [];

    public static ResultForm From(ResultRow row) => new()
    {
        Id = row.Id, SessionId = row.SessionId, Heat = row.Heat, RacingClass = row.RacingClass,
        Position = row.Position?.ToString(CultureInfo.InvariantCulture),
        LapTimes = RunResult.ReadLaps(row.LapTimes is null ? null : System.Text.Json.Nodes.JsonNode.Parse(row.LapTimes)) is { } laps
            ? string.Join('\n', laps.Select(l => LapFigures.Time(l)))
            : null,
    };

    /// <param name="csv">An uploaded CSV file; it takes the place of the pasted laps.</param>
    public async Task<bool> ValidateAsync(Microsoft.AspNetCore.Http.IFormFile? csv)
    {
        Errors.Clear();
        var heat = RacerRules.Clean(Heat);
        if (heat is null) Errors[nameof(Heat)] = "Name the heat, such as Q1, A-Main or Practice 2.";
        else if (heat.Length > TextMax) Errors[nameof(Heat)] = $"Use at most {TextMax} characters.";
        if (RacerRules.Clean(RacingClass) is { Length: > TextMax }) Errors[nameof(RacingClass)] = $"Use at most {TextMax} characters.";
        if (RacerRules.Clean(Position) is { } position
            && (!int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 999))
            Errors[nameof(Position)] = "Enter a finishing position from 1 to 999, or leave it empty.";

        (IReadOnlyList<decimal> Laps, LapProblem? Problem) read;
        if (csv is { Length: > 0 })
        {
            if (csv.Length > CsvMaxBytes)
            {
                Errors[nameof(LapTimes)] = $"The CSV file is larger than {CsvMaxBytes / 1024} KB.";
                return false;
            }
            await using var stream = csv.OpenReadStream();
            read = LapCsv.Read(stream);
        }
        else
        {
            read = LapParser.Parse(LapTimes);
        }
        if (read.Problem is { } problem) Errors[nameof(LapTimes)] = $"Nothing was saved. {problem}";
        else Laps = read.Laps;
        return Errors.Count == 0;
    }

    public ResultFields ToFields() => new(
        RacerRules.Clean(Heat)!, RacerRules.Clean(RacingClass),
        RacerRules.Clean(Position) is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : null, Laps);

    public IEnumerable<FieldModel> Fields()
    {
        string? E(string key) => Errors.GetValueOrDefault(key);
        yield return new("result", nameof(Heat), "Heat", Heat, E(nameof(Heat)));
        yield return new("result", nameof(RacingClass), "Class", RacingClass, E(nameof(RacingClass)));
        yield return new("result", nameof(Position), "Position", Position, E(nameof(Position)), Type: "text");
        yield return new("result", nameof(LapTimes), "Lap times", LapTimes, E(nameof(LapTimes)), Multiline: true);
    }
}
