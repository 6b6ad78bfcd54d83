using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pitwall.Sql.Results;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Exchange;

/// <summary>
/// Reads an export file and checks every field against the rules the database will apply,
/// collecting every problem with its JSON path; an import goes ahead only without any.
/// </summary>
public sealed partial class CarFileReader
{
    readonly List<ImportError> _errors = [];
    int _version;

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
        if (version is < CarFile.OldestReadable or > CarFile.Version)
            return Fail("$.version", $"Version {version} is not one this Pitwall reads (it reads versions {CarFile.OldestReadable} to {CarFile.Version}).");
        _version = version;

        CarData? car = null;
        if (doc["car"] is not JsonObject c) Fail("$.car", "The car is missing.");
        else
        {
            var brand = Text(c, "$.car", "brand", Fleet.CarRules.FieldMax, required: true);
            var model = Text(c, "$.car", "model", Fleet.CarRules.FieldMax, required: true);
            var nickname = Text(c, "$.car", "nickname", Fleet.CarRules.FieldMax);
            var transponder = Text(c, "$.car", "transponder", Fleet.CarRules.TransponderMax);
            foreach (var (field, value) in new[] { ("brand", brand), ("model", model) })
                if (value is not null && value != value.Trim()) Fail($"$.car.{field}", $"{field} must not start or end with spaces.");
            if (transponder is { Length: > 0 } && !Fleet.CarRules.IsTransponder(transponder))
                Fail("$.car.transponder", $"A transponder is 1 to {Fleet.CarRules.TransponderMax} letters, digits or dashes.");
            var baseline = Setup(c["baseline"], "$.car.baseline");
            if (brand is not null && model is not null && baseline is not null && _errors.Count == 0)
                car = new(brand, model, nickname, transponder, baseline.ToJson(SetupShape.Nested));
        }

        var sessions = new List<SessionData>();
        if (doc["sessions"] is not (null or JsonArray)) Fail("$.sessions", "Sessions must be a list.");
        else if (doc["sessions"] is JsonArray list)
            for (var i = 0; i < list.Count; i++)
            {
                // A session's id in the file is what the history and the change log name it by.
                if (list[i] is JsonObject o && o["id"] is not null && Whole(o, $"$.sessions[{i}]", "id") is { } id
                    && !_sessionIds.TryAdd(id, i))
                    Fail($"$.sessions[{i}].id", $"Session id {id} appears twice.");
                if (Session(list[i], $"$.sessions[{i}]") is { } s) sessions.Add(s);
            }

        var history = new List<BaselineEntryData>();
        var historyIds = new Dictionary<int, int>();
        if (doc["car"] is JsonObject carNode)
        {
            if (carNode["baselineHistory"] is not (null or JsonArray)) Fail("$.car.baselineHistory", "The baseline history must be a list.");
            else if (carNode["baselineHistory"] is JsonArray entries)
                for (var i = 0; i < entries.Count; i++)
                    if (HistoryEntry(entries[i], $"$.car.baselineHistory[{i}]", i, historyIds) is { } h) history.Add(h);
        }

        var changes = new List<ChangeData>();
        if (doc["changes"] is not (null or JsonArray)) Fail("$.changes", "The change log must be a list.");
        else if (doc["changes"] is JsonArray log)
            for (var i = 0; i < log.Count; i++)
                if (Change(log[i], $"$.changes[{i}]") is { } ch) changes.Add(ch);
        return car is null || _errors.Count > 0 ? null : new CarImport(car, sessions, history, changes);
    }

    /// <summary>Session ids in the file → index in its sessions.</summary>
    readonly Dictionary<int, int> _sessionIds = [];

    static readonly string[] Feels = ["Front-end wash", "Rear-end loose", "Stability (bumpy)", "Rotation (tight)",
                                      "Corner entry", "Corner exit", "Jumping/landing", "Consistency"];

    BaselineEntryData? HistoryEntry(JsonNode? node, string path, int index, Dictionary<int, int> ids)
    {
        if (node is not JsonObject h) return Fail<BaselineEntryData>(path, "A baseline history entry must be an object.");
        var errors = _errors.Count;
        if (h["id"] is not null && Whole(h, path, "id") is { } id && !ids.TryAdd(id, index))
            Fail(path + ".id", $"Baseline history id {id} appears twice.");
        var setup = Setup(h["setup"], path + ".setup");
        var source = Text(h, path, "source", 20, required: true);
        if (source is not null && !BaselineSources.Contains(source))
            Fail(path + ".source", $"source must be {string.Join(", ", BaselineSources[..^1])} or {BaselineSources[^1]}.");
        var session = Whole(h, path, "sessionId");
        var restoredFrom = Whole(h, path, "restoredFrom");
        // An entry restores an earlier one: a later or unknown id is not in this file, and is dropped.
        int? restored = restoredFrom is { } r && ids.TryGetValue(r, out var at) && at < index ? at : null;
        var savedAt = Moment(h, path, "savedAt");
        if (_errors.Count > errors || setup is null || source is null) return null;
        return new(setup.ToJson(SetupShape.Nested), source, Index(session), restored, savedAt);
    }

    static readonly string[] BaselineSources = ["shop-master", "session", "restored", "library"];

    ChangeData? Change(JsonNode? node, string path)
    {
        if (node is not JsonObject c) return Fail<ChangeData>(path, "A change must be an object.");
        var errors = _errors.Count;
        Whole(c, path, "id");
        var session = Whole(c, path, "sessionId");
        var previous = Whole(c, path, "previousSessionId");
        // The earlier tool's setup_changes (an adopted database's) requires the parameter and holds values of up to 255 characters.
        var parameter = Text(c, path, "parameter", 100, required: true);
        var oldValue = Text(c, path, "oldValue", 255);
        var newValue = Text(c, path, "newValue", 255);
        var before = Number(c, path, "lapTimeBefore");
        var after = Number(c, path, "lapTimeAfter");
        var source = Text(c, path, "source", 50);
        var status = Text(c, path, "status", 50);
        var createdAt = Moment(c, path, "createdAt", withZone: false);
        var outcome = OneOf(c, path, "outcome", ["success", "neutral", "failure"]);
        var comparedWith = OneOf(c, path, "comparedWith", ["baseline", "session"]);
        if (_errors.Count > errors) return null;
        return new(Index(session), Index(previous), parameter, oldValue, newValue, before, after, source, status, createdAt, outcome, comparedWith);
    }

    CloseoutData? Closeout(JsonNode? node, string path)
    {
        if (node is null) return null;
        if (node is not JsonObject k) return Fail<CloseoutData>(path, "A closeout must be an object.");
        var errors = _errors.Count;
        int? rating = null;
        if (k["rating"] is null) Fail(path + ".rating", "rating is missing.");
        else if (Whole(k, path, "rating") is { } n)
        {
            if (n is < 1 or > 5) Fail(path + ".rating", "rating must be a whole number from 1 to 5.");
            else rating = n;
        }
        var feel = OneOf(k, path, "feel", Feels);
        var observation = Text(k, path, "observation", 2000);
        var closedAt = Moment(k, path, "closedAt");
        return _errors.Count > errors || rating is null ? null : new(rating.Value, feel, observation, closedAt);
    }

    /// <summary>The index of the file's session with this id; null when the file has none (the link is dropped).</summary>
    int? Index(int? sessionId) => sessionId is { } id && _sessionIds.TryGetValue(id, out var i) ? i : null;

    /// <summary>
    /// A time as ISO 8601 text to the microsecond: with a zone (Z or ±hh:mm) for Pitwall's timestamptz columns,
    /// without one for created_at (a timestamp as the earlier tool stored it); given back as text Postgres reads.
    /// </summary>
    string? Moment(JsonObject o, string path, string name, bool withZone = true)
    {
        var text = Text(o, path, name, 40);
        if (text is null) return null;
        if (withZone && Zoned().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            return moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00";
        if (!withZone && Unzoned().IsMatch(text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return local.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        Fail($"{path}.{name}", withZone
            ? $"\"{text}\" is not a time (YYYY-MM-DDThh:mm:ss.ffffffZ)."
            : $"\"{text}\" is not a time (YYYY-MM-DDThh:mm:ss.ffffff, no zone).");
        return null;
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
        var trackSize = OneOf(s, path, "trackSize", EventSetup.SessionRules.Sizes);
        var traction = OneOf(s, path, "traction", EventSetup.SessionRules.Tractions);
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
        var closeout = Closeout(s["closeout"], path + ".closeout");
        if (_errors.Count > errors || type is null || setup is null) return null;
        return new(name, type, date, trackName, trackSize, traction, surfaceType, surfaceCondition, status, setup.ToJson(SetupShape.Flat), results, closeout);
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
        if (_errors.Count > errors) return null;
        if (_version == 1)
            // Version 1 carried consistency as the standard deviation s and one LiveRC id.
            return new(heat, racingClass, position, lapTimes, laps, figures[0], figures[1], figures[2],
                ConsistencyOf(figures[3], figures[1]), Text(r, path, "liveRcId", 100), null);
        var eventId = Text(r, path, "liveRcEventId", 100);
        var driverId = Text(r, path, "liveRcDriverId", 100);
        return _errors.Count > errors ? null
            : new(heat, racingClass, position, lapTimes, laps, figures[0], figures[1], figures[2], figures[3], eventId, driverId);
    }

    /// <summary>LiveRC's consistency (<see cref="LapFigures.ConsistencyOf"/>) from a version 1 file's s; null without an average.</summary>
    static string? ConsistencyOf(string? standardDeviation, string? average)
    {
        if (standardDeviation is null || average is null) return null;
        var (s, mean) = (decimal.Parse(standardDeviation, NumberStyles.Float, CultureInfo.InvariantCulture),
                         decimal.Parse(average, NumberStyles.Float, CultureInfo.InvariantCulture));
        return mean > 0 ? Math.Round(LapFigures.ConsistencyOf(s, mean), 3).ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A setup: an object whose sheet values are text, numbers or null; other keys are kept as they are.</summary>
    SetupValues? Setup(JsonNode? node, string path)
    {
        if (node is null) return SetupValues.Empty;
        if (node is not JsonObject setup) return Fail<SetupValues>(path, "A setup must be an object of parameters ({\"SO_F\": 500, …}).");
        var ok = true;
        foreach (var (key, value) in setup)
        {
            if (SetupSheet.Find(key) is not { } parameter) continue;
            var problem = value switch
            {
                null => null,
                JsonValue v => parameter.CheckCarried(v),
                _ => "must be a number or text.",
            };
            if (problem is null) continue;
            Fail($"{path}.{key}", $"{key}: {problem}");
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

    string? OneOf(JsonObject o, string path, string name, IReadOnlyList<string> allowed)
    {
        var text = Text(o, path, name, 50);
        if (text is not null && !allowed.Contains(text)) { Fail($"{path}.{name}", $"{name} must be {string.Join(", ", allowed.Take(allowed.Count - 1))} or {allowed[^1]}."); return null; }
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

    /// <summary>A figure (seconds, or a percentage), as its JSON text so nothing is rounded on the way.</summary>
    string? Number(JsonObject o, string path, string name)
    {
        var node = o[name];
        if (node is null) return null;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            Fail($"{path}.{name}", $"{name} must be a number.");
            return null;
        }
        // Results and change lap times are numeric(10,3), the earlier tool's type: a larger number would fail the insert.
        if (!v.TryGetValue<decimal>(out var d) || Math.Abs(d) >= FigureLimit)
        {
            Fail($"{path}.{name}", $"{name} must be below {FigureLimit.ToString(CultureInfo.InvariantCulture)} (seconds or %).");
            return null;
        }
        return v.ToJsonString();
    }

    const decimal FigureLimit = 10_000_000m;

    T? Fail<T>(string path, string message) where T : class
    {
        _errors.Add(new(path, message));
        return null;
    }

    CarImport? Fail(string path, string message) => Fail<CarImport>(path, message);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Zoned();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$")]
    private static partial Regex Unzoned();
}
