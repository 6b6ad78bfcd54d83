using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Exchange;

/// <summary>
/// Reads an export file and checks every field against the rules the database will apply,
/// collecting every problem with its JSON path; an import goes ahead only without any.
/// </summary>
public sealed partial class CarFileReader
{
    readonly List<ImportError> _errors = [];

    public static (CarImport? Import, IReadOnlyList<ImportError> Errors) Read(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return (null, [new("$", $"This is not JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): choose a file Pitwall exported.")]);
        }
        var reader = new CarFileReader();
        var import = reader.Car(root);
        return reader._errors.Count == 0 ? (import, []) : (null, reader._errors);
    }

    CarImport? Car(JsonNode? root)
    {
        if (root is not JsonObject doc) return Fail("$", "The file must hold one JSON object, as Pitwall exports it.");
        if (Text(doc, "$", "format", 50, required: true) is { } format && format != CarFile.Format)
            return Fail("$.format", $"This is not a Pitwall car file (format \"{format}\", expected \"{CarFile.Format}\").");
        if (doc["version"] is not JsonValue v || !v.TryGetValue<int>(out var version))
            return Fail("$.version", "The file has no version number.");
        if (version != CarFile.Version)
            return Fail("$.version", $"Version {version} is not one this Pitwall reads (it reads version {CarFile.Version}).");

        CarData? car = null;
        if (doc["car"] is not JsonObject c) Fail("$.car", "The car is missing.");
        else
        {
            var brand = Text(c, "$.car", "brand", 60, required: true);
            var model = Text(c, "$.car", "model", 60, required: true);
            var nickname = Text(c, "$.car", "nickname", 60);
            var transponder = Text(c, "$.car", "transponder", 20);
            foreach (var (field, value) in new[] { ("brand", brand), ("model", model) })
                if (value is not null && value != value.Trim()) Fail($"$.car.{field}", $"{field} must not start or end with spaces.");
            if (transponder is { Length: > 0 } && !Transponder().IsMatch(transponder))
                Fail("$.car.transponder", "A transponder is 1 to 20 letters, digits or dashes.");
            var baseline = Setup(c["baseline"], "$.car.baseline");
            if (brand is not null && model is not null && baseline is not null && _errors.Count == 0)
                car = new(brand, model, nickname, transponder, baseline.ToJson(SetupShape.Nested));
        }

        var sessions = new List<SessionData>();
        if (doc["sessions"] is not (null or JsonArray)) Fail("$.sessions", "Sessions must be a list.");
        else if (doc["sessions"] is JsonArray list)
            for (var i = 0; i < list.Count; i++)
                if (Session(list[i], $"$.sessions[{i}]") is { } s) sessions.Add(s);
        return car is null ? null : new CarImport(car, sessions);
    }

    SessionData? Session(JsonNode? node, string path)
    {
        if (node is not JsonObject s) return Fail<SessionData>(path, "A session must be an object.");
        var errors = _errors.Count;
        var name = Text(s, path, "name", 255);
        var type = Text(s, path, "type", 50, required: true);
        var date = Text(s, path, "date", 10);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            Fail(path + ".date", $"\"{date}\" is not a date (YYYY-MM-DD).");
        var trackSize = OneOf(s, path, "trackSize", ["Small", "Medium", "Large"]);
        var traction = OneOf(s, path, "traction", ["Low", "Medium", "High"]);
        // The earlier tool left some statuses empty (null): kept; a blank one the database refuses.
        var status = Text(s, path, "status", 50);
        if (status is not null && status.Trim().Length == 0) Fail(path + ".status", "status must not be blank.");
        var trackName = Text(s, path, "trackName", 255);
        var surfaceType = Text(s, path, "surfaceType", 50);
        var surfaceCondition = Text(s, path, "surfaceCondition", 50);
        var setup = Setup(s["setup"], path + ".setup");
        var results = new List<ResultData>();
        if (s["results"] is not (null or JsonArray)) Fail(path + ".results", "Results must be a list.");
        else if (s["results"] is JsonArray list)
            for (var i = 0; i < list.Count; i++)
                if (Result(list[i], $"{path}.results[{i}]") is { } r) results.Add(r);
        if (_errors.Count > errors || type is null || setup is null) return null;
        return new(name, type, date, trackName, trackSize, traction, surfaceType, surfaceCondition, status, setup.ToJson(SetupShape.Flat), results);
    }

    ResultData? Result(JsonNode? node, string path)
    {
        if (node is not JsonObject r) return Fail<ResultData>(path, "A result must be an object.");
        var errors = _errors.Count;
        var heat = Text(r, path, "heat", 100);
        var racingClass = Text(r, path, "racingClass", 100);
        var position = Whole(r, path, "position");
        var laps = Whole(r, path, "laps");
        string? lapTimes = null;
        if (r["lapTimes"] is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
                if (array[i] is not JsonValue lap || lap.GetValueKind() is not (JsonValueKind.Number or JsonValueKind.String))
                    Fail($"{path}.lapTimes[{i}]", "A lap time is a number of seconds (or the text a timing screen showed).");
            lapTimes = array.ToJsonString();
        }
        else if (r["lapTimes"] is not null) Fail(path + ".lapTimes", "Lap times must be a list.");
        var figures = new[] { "bestLap", "averageLap", "totalTime", "consistency" }.Select(f => Number(r, path, f)).ToArray();
        var liveRc = Text(r, path, "liveRcId", 100);
        return _errors.Count > errors ? null : new(heat, racingClass, position, lapTimes, laps, figures[0], figures[1], figures[2], figures[3], liveRc);
    }

    /// <summary>A setup: an object whose sheet values are text, numbers or null; other keys are kept as they are.</summary>
    SetupValues? Setup(JsonNode? node, string path)
    {
        if (node is null) return SetupValues.Empty;
        if (node is not JsonObject setup) return Fail<SetupValues>(path, "A setup must be an object of parameters ({\"SO_F\": 500, …}).");
        var ok = true;
        foreach (var (key, value) in setup)
            if (SetupSheet.Find(key) is not null && value is not (null or JsonValue))
            {
                Fail($"{path}.{key}", $"{key} must be a number or text.");
                ok = false;
            }
        return ok ? SetupValues.From(setup) : null;
    }

    string? Text(JsonObject o, string path, string name, int max, bool required = false)
    {
        var node = o[name];
        if (node is null)
        {
            if (required) Fail($"{path}.{name}", $"{name} is missing.");
            return null;
        }
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.String) { Fail($"{path}.{name}", $"{name} must be text."); return null; }
        var text = v.GetValue<string>();
        if (required && text.Trim().Length == 0) { Fail($"{path}.{name}", $"{name} must not be blank."); return null; }
        if (text.Length > max) { Fail($"{path}.{name}", $"{name} is longer than {max} characters."); return null; }
        if (text.Contains('\0')) { Fail($"{path}.{name}", $"{name} holds a NUL character."); return null; }
        return text;
    }

    string? OneOf(JsonObject o, string path, string name, string[] allowed)
    {
        var text = Text(o, path, name, 50);
        if (text is not null && !allowed.Contains(text)) { Fail($"{path}.{name}", $"{name} must be {string.Join(", ", allowed[..^1])} or {allowed[^1]}."); return null; }
        return text;
    }

    int? Whole(JsonObject o, string path, string name)
    {
        var node = o[name];
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) && n >= 0) return n;
        Fail($"{path}.{name}", $"{name} must be a whole number.");
        return null;
    }

    string? Number(JsonObject o, string path, string name)
    {
        var node = o[name];
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number) return v.ToJsonString();
        Fail($"{path}.{name}", $"{name} must be a number.");
        return null;
    }

    T? Fail<T>(string path, string message) where T : class
    {
        _errors.Add(new(path, message));
        return null;
    }

    CarImport? Fail(string path, string message) => Fail<CarImport>(path, message);

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex Transponder();
}
