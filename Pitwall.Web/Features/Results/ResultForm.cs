using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;
using Pitwall.Web.Features.Profiles;

namespace Pitwall.Web.Features.Results;

/// <summary>
/// ➕ Add Result and a result's edit form: heat, class, position, and the box for lap times, which
/// in ➕ Add Result also takes a race's results from a timing system (pasted or a file, any layout
/// <see cref="TimingParser"/> reads), with the racer's car number and, for decoder passings, the
/// session's minimum lap. A timing system's paste is read first (<see cref="ReadAsync"/>) and saved
/// once the racer confirmed their line of the field: <see cref="Driver"/> is that line, and
/// <see cref="ReadOf"/> says which text the racer saw it in.
/// </summary>
public sealed class ResultForm
{
    public const int TextMax = 100, CarNumberMax = 20;
    public const long CsvMaxBytes = 512 * 1024;

    [BindNever] public int? Id { get; set; }
    [BindNever] public int SessionId { get; set; }

    public string? Heat { get; set; }
    public string? RacingClass { get; set; }
    public string? Position { get; set; }
    public string? LapTimes { get; set; }
    public string? CarNumber { get; set; }
    public string? MinimumLap { get; set; }
    public string? Driver { get; set; }
    public string? ReadOf { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    [BindNever] public IReadOnlyList<decimal> Laps { get; private set; } = [];

    /// <summary>What ➕ Add Result read; null before a read, or when the paste was refused.</summary>
    [BindNever] public TimingPreview? Preview { get; private set; }

    public static ResultForm From(ResultRow row) => new()
    {
        Id = row.Id, SessionId = row.SessionId, Heat = row.Heat, RacingClass = row.RacingClass,
        Position = row.Position?.ToString(CultureInfo.InvariantCulture),
        LapTimes = RunResult.ReadLaps(row.LapTimes is null ? null : System.Text.Json.Nodes.JsonNode.Parse(row.LapTimes)) is { } laps
            ? string.Join('\n', laps.Select(l => LapFigures.Time(l)))
            : null,
    };

    const string NameTheHeat = "Name the heat, such as Q1, A-Main or Practice 2.";

    /// <summary>A result's edit form: heat, class, position and its lap times (pasted, or a CSV file).</summary>
    /// <param name="csv">An uploaded CSV file; it takes the place of the pasted laps.</param>
    public async Task<bool> ValidateAsync(Microsoft.AspNetCore.Http.IFormFile? csv)
    {
        Errors.Clear();
        CheckTyped();
        if (RacerRules.Clean(Heat) is null) Errors[nameof(Heat)] = NameTheHeat;

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

    /// <summary>
    /// ➕ Add Result's read of the paste, or of a file in its place: any timing system's layout, a
    /// CSV of laps (as before) or a plain lap list. Checks what was typed, reads, and for a timing
    /// system's paste suggests the racer's line; the line counts as chosen only when the racer chose
    /// it in a confirmation of this very text (<see cref="ReadOf"/>).
    /// </summary>
    /// <returns>False with <see cref="Errors"/> when anything cannot be read; nothing is ever saved here.</returns>
    public async Task<bool> ReadAsync(Microsoft.AspNetCore.Http.IFormFile? file, TimingContext context)
    {
        Errors.Clear();
        Preview = null;
        CheckTyped();
        var minimumLap = context.MinimumLapOrDefault;
        if (RacerRules.Clean(MinimumLap) is { } typed)
        {
            if (decimal.TryParse(typed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) && m <= 600m)
                minimumLap = m;
            else
                Errors[nameof(MinimumLap)] = "Enter the shortest real lap in seconds, from 0 to 600, such as 5 or 4.5.";
        }
        if (file is { Length: > 0 })
        {
            if (file.Length > CsvMaxBytes)
            {
                Errors[nameof(LapTimes)] = $"The file is larger than {CsvMaxBytes / 1024} KB.";
                return false;
            }
            var (text, problem) = await FileTextAsync(file);
            if (problem is not null)
            {
                Errors[nameof(LapTimes)] = $"Nothing was saved. {problem}";
                return false;
            }
            // From now on the box holds the file's text: the confirmation and the save read it there.
            LapTimes = text;
        }
        var (sheet, refused) = TimingParser.Parse(LapTimes, minimumLap);
        if (refused is not null)
        {
            Errors[nameof(LapTimes)] = $"Nothing was saved. {refused}";
            return false;
        }
        var heading = sheet!.Heading;
        var heat = TimingSave.HeatOf(heading, Heat);
        var racingClass = TimingSave.ClassOf(heading, RacingClass);
        if (sheet.Layout == TimingLayout.PlainLaps)
        {
            Laps = sheet.Drivers.SingleOrDefault()?.LapTimes ?? [];
            if (RacerRules.Clean(Heat) is null) Errors[nameof(Heat)] = NameTheHeat;
            Preview = new(sheet, null, null, "", minimumLap, heat, racingClass);
            return Errors.Count == 0;
        }
        if (sheet.Drivers.Count == 0)
        {
            Errors[nameof(LapTimes)] = $"Nothing was saved. Read as {sheet.Description}: there is no driver's line to save.";
            return false;
        }
        var readOf = Fingerprint(LapTimes, sheet.Layout == TimingLayout.DecoderPassings ? minimumLap : null);
        var chosen = ReadOf == readOf && int.TryParse(Driver, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                     && line < sheet.Drivers.Count ? line : (int?)null;
        Preview = new(sheet, DriverSuggestion.For(sheet.Drivers, context, RacerRules.Clean(CarNumber)), chosen, readOf,
            minimumLap, heat, racingClass, Seen: ReadOf == readOf);
        return Errors.Count == 0;
    }

    /// <summary>The heat to save, once the racer chose their line; null (with the message) when no heat is known.</summary>
    public TimingSave? ToTimingSave()
    {
        var preview = Preview!;
        var line = preview.Chosen!.Value;
        var save = TimingSave.Of(preview.Sheet, line, preview.Suggestion!.ChosenAs(line), RacerRules.Clean(Heat), RacerRules.Clean(RacingClass),
            RacerRules.Clean(Position) is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : null, RacerRules.Clean(CarNumber), preview.MinimumLap);
        if (save is null) Errors[nameof(Heat)] = "Name the heat: this paste does not, such as Q1, A-Main or Practice 2.";
        return save;
    }

    /// <summary>Asks the racer to choose, when they saved a confirmation without choosing a line.</summary>
    public void ChooseALine() => Errors[nameof(Driver)] = "Choose your line in the field, then save.";

    void CheckTyped()
    {
        if (RacerRules.Clean(Heat) is { Length: > TextMax }) Errors[nameof(Heat)] = $"Use at most {TextMax} characters.";
        if (RacerRules.Clean(RacingClass) is { Length: > TextMax }) Errors[nameof(RacingClass)] = $"Use at most {TextMax} characters.";
        if (RacerRules.Clean(CarNumber) is { Length: > CarNumberMax }) Errors[nameof(CarNumber)] = $"Use at most {CarNumberMax} characters.";
        if (RacerRules.Clean(Position) is { } position
            && (!int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 999))
            Errors[nameof(Position)] = "Enter a finishing position from 1 to 999, or leave it empty.";
    }

    /// <summary>
    /// A file's text. A CSV that no timing system's layout claims is a CSV of laps, read as before
    /// (<see cref="LapCsv"/>); its laps become the text, one per line, so saving reads them again.
    /// </summary>
    static async Task<(string Text, LapProblem? Problem)> FileTextAsync(Microsoft.AspNetCore.Http.IFormFile file)
    {
        string text;
        await using (var stream = file.OpenReadStream())
        using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            text = await reader.ReadToEndAsync();
        var csv = file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || file.ContentType.Contains("csv", StringComparison.OrdinalIgnoreCase);
        if (!csv || TimingParser.Recognise(text) is not null) return (text, null);
        var (laps, problem) = LapCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return (string.Join('\n', laps.Select(l => l.ToString(CultureInfo.InvariantCulture))), problem);
    }

    /// <summary>Which text (and, for decoder passings, which minimum lap) a confirmation was shown for.</summary>
    static string Fingerprint(string? text, decimal? minimumLap) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{minimumLap?.ToString(CultureInfo.InvariantCulture)}\n{text}")))[..32];

    public ResultFields ToFields() => new(
        RacerRules.Clean(Heat)!, RacerRules.Clean(RacingClass),
        RacerRules.Clean(Position) is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : null, Laps);

    public IEnumerable<FieldModel> Fields()
    {
        string? E(string key) => Errors.GetValueOrDefault(key);
        yield return new("result", nameof(Heat), "Heat", Heat, E(nameof(Heat)));
        yield return new("result", nameof(RacingClass), "Class", RacingClass, E(nameof(RacingClass)));
        yield return new("result", nameof(Position), "Position", Position, E(nameof(Position)), Type: "text");
        if (Id is null)
            yield return new("result", nameof(CarNumber), "Car number", CarNumber, E(nameof(CarNumber)));
        else
            yield return new("result", nameof(LapTimes), "Lap times", LapTimes, E(nameof(LapTimes)), Multiline: true);
    }

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
