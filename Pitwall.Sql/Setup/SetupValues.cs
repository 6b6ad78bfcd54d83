using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Setup;

/// <summary>
/// A stored setup read as the sheet's values plus everything else it holds. Either shape is
/// read from either column; sheet values keep the JSON they were stored as (<c>"2,0"</c>,
/// <c>"450wt"</c>, <c>0</c>, <c>null</c>), so writing the setup back changes only what the racer
/// edited, and keys Pitwall does not know are kept verbatim.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(SetupValuesJson))]
public sealed class SetupValues
{
    readonly Dictionary<string, JsonNode?> _stored;

    SetupValues(Dictionary<string, JsonNode?> stored, JsonObject extras)
    {
        _stored = stored;
        Extras = extras;
        Values = stored.ToDictionary(kv => kv.Key, kv => TextOf(kv.Value));
    }

    /// <summary>Each stored sheet value as the form shows it (a JSON null shows as an empty field).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>What the sheet does not know, kept verbatim (legacy groups keep only their unmapped keys).</summary>
    public JsonObject Extras { get; }

    public static SetupValues Empty => new([], []);

    public string? this[string key] => Values.GetValueOrDefault(key);

    /// <summary>
    /// Sheet keys whose stored value fails its rule: shown as they are and flagged. A JSON null is
    /// the earlier tool's blank cell: shown empty, never flagged, and kept null until a value is typed.
    /// </summary>
    public IEnumerable<string> Flagged =>
        _stored.Keys.Where(k => Values[k].Length > 0 && SetupSheet.Find(k)?.Check(Values[k]) is not null);

    public static SetupValues Parse(string? json) =>
        From(string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json) as JsonObject);

    /// <summary>The same, from a setup already parsed (as the Event Setup panel's JSON document delivers it).</summary>
    public static SetupValues From(JsonObject? root)
    {
        var stored = new Dictionary<string, JsonNode?>();
        var extras = new JsonObject();
        if (root is null) return new(stored, extras);

        foreach (var (name, node) in root)
        {
            if (SetupSheet.Find(name) is not null) continue; // taken below, over any legacy path
            if (node is JsonObject group && SetupSheet.LegacyPaths.Keys.Any(p => p.Group == name))
            {
                var kept = new JsonObject();
                foreach (var (sub, subNode) in group)
                {
                    if (SetupSheet.LegacyPaths.TryGetValue((name, sub), out var key)) stored[key] = subNode?.DeepClone();
                    else kept[sub] = subNode?.DeepClone();
                }
                if (kept.Count > 0) extras[name] = kept;
                continue;
            }
            extras[name] = node?.DeepClone();
        }
        // A flat key written by Pitwall wins over the legacy path it replaced.
        foreach (var (name, node) in root)
            if (SetupSheet.Find(name) is not null) stored[name] = node?.DeepClone();
        return new(stored, extras);
    }

    /// <summary>
    /// This setup with the racer's values: a value typed as it was shown keeps its stored JSON,
    /// a blank one removes the key, a new one is stored as a number when it is a valid number of
    /// a numeric parameter, else as text. Keys not given are left as they are.
    /// </summary>
    public SetupValues With(IReadOnlyDictionary<string, string> typed)
    {
        var stored = _stored.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone());
        foreach (var (key, raw) in typed)
        {
            if (SetupSheet.Find(key) is not { } parameter) continue;
            var text = (raw ?? "").Trim();
            if (IsAsStored(key, text)) continue;
            if (text.Length == 0) stored.Remove(key);
            else stored[key] = parameter.IsNumeric && parameter.Check(text) is null && SetupNumber.TryParse(text, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(text);
        }
        return new(stored, (JsonObject)Extras.DeepClone());
    }

    /// <summary>
    /// This setup with the given keys taken from another setup exactly as it stores them (the
    /// library's "Use…": <c>1.2x4</c> stays text, <c>500</c> a number). A key the other setup does
    /// not hold, or holds as a blank cell (null), is left as it is here.
    /// </summary>
    public SetupValues Taking(SetupValues source, IEnumerable<string> keys)
    {
        var stored = _stored.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone());
        foreach (var key in keys.Where(source.Holds))
            stored[key] = source._stored[key]!.DeepClone();
        return new(stored, (JsonObject)Extras.DeepClone());
    }

    /// <summary>Whether this setup holds a value for the key: a JSON null is a blank cell, not a value.</summary>
    public bool Holds(string key) => _stored.TryGetValue(key, out var node) && node is not null;

    /// <summary>The stored JSON of a sheet value, as text (<c>"1.2x4"</c>, <c>500</c>, <c>null</c>); null when absent.</summary>
    public string? StoredJson(string key) => _stored.TryGetValue(key, out var node) ? node?.ToJsonString() ?? "null" : null;

    /// <summary>Whether the racer left this value as it was shown: then its stored JSON stays, even when it breaks a rule.</summary>
    public bool IsAsStored(string key, string typed) =>
        Values.TryGetValue(key, out var shown) && shown.Trim() == typed.Trim();

    /// <summary>The setup as JSON in the shape its column uses, extras kept where they were.</summary>
    public string ToJson(SetupShape shape)
    {
        var root = (JsonObject)Extras.DeepClone();
        foreach (var parameter in SetupSheet.Parameters)
        {
            if (!_stored.TryGetValue(parameter.Key, out var node) && shape != SetupShape.NestedEveryCell) continue;
            var value = node?.DeepClone();
            if (shape != SetupShape.Flat && SetupSheet.NestedPathOf.TryGetValue(parameter.Key, out var path)
                && (root[path.Group] ??= new JsonObject()) is JsonObject group)
                group[path.Name] = value;
            else
                root[parameter.Key] = value;
        }
        return root.ToJsonString();
    }

    /// <summary>Whether a sheet value differs from another setup's (numbers compared as numbers, "2,0" = 2).</summary>
    public bool Differs(string key, SetupValues other)
    {
        var mine = this[key] ?? "";
        var theirs = other[key] ?? "";
        if (SetupSheet.Find(key) is { IsNumeric: true } && SetupNumber.TryParse(mine, out var a) && SetupNumber.TryParse(theirs, out var b))
            return a != b;
        return mine != theirs;
    }

    static string TextOf(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
