using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Setup;

/// <summary>
/// A stored setup (vehicles.baseline_setup, sessions.actual_setup) read as the sheet's values
/// (as text, the way the form shows them) plus everything else it holds. Setups adopted from
/// the earlier tool are nested (<c>{"front": {"shock_oil": 500}}</c>): their known paths map to
/// Pitwall keys, unknown keys are kept as they are, and writing the setup back loses nothing.
/// </summary>
public sealed class SetupValues
{
    SetupValues(Dictionary<string, string> values, JsonObject extras)
    {
        Values = values;
        Extras = extras;
    }

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>What the sheet does not know, kept verbatim (legacy groups keep only their unmapped keys).</summary>
    public JsonObject Extras { get; }

    public static SetupValues Empty => new([], []);

    public string? this[string key] => Values.GetValueOrDefault(key);

    /// <summary>Sheet keys whose stored value fails its rule: shown as they are and flagged.</summary>
    public IEnumerable<string> Flagged =>
        Values.Where(kv => SetupSheet.Find(kv.Key)?.Check(kv.Value) is not null).Select(kv => kv.Key);

    public static SetupValues Parse(string? json) =>
        From(string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json) as JsonObject);

    /// <summary>The same, from a setup already parsed (as the Event Setup panel's JSON document delivers it).</summary>
    public static SetupValues From(JsonObject? root)
    {
        var values = new Dictionary<string, string>();
        var extras = new JsonObject();
        if (root is null) return new(values, extras);

        foreach (var (name, node) in root)
        {
            if (SetupSheet.Find(name) is not null) continue; // taken below, over any legacy path
            if (node is JsonObject group && SetupSheet.LegacyPaths.Keys.Any(p => p.Group == name))
            {
                var kept = new JsonObject();
                foreach (var (sub, subNode) in group)
                {
                    if (SetupSheet.LegacyPaths.TryGetValue((name, sub), out var key))
                    {
                        if (AsText(subNode) is { } text) values[key] = text;
                    }
                    else
                    {
                        kept[sub] = subNode?.DeepClone();
                    }
                }
                if (kept.Count > 0) extras[name] = kept;
                continue;
            }
            extras[name] = node?.DeepClone();
        }
        // A flat key written by Pitwall wins over the legacy path it replaced.
        foreach (var (name, node) in root)
            if (SetupSheet.Find(name) is not null && AsText(node) is { } text) values[name] = text;
        return new(values, extras);
    }

    /// <summary>These values (blank ones dropped) with this setup's extras kept.</summary>
    public SetupValues With(IReadOnlyDictionary<string, string> values) =>
        new(values.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value.Trim()),
            (JsonObject)Extras.DeepClone());

    /// <summary>Numbers as JSON numbers, text (and flagged legacy values) as strings, extras as they came.</summary>
    public string ToJson()
    {
        var root = (JsonObject)Extras.DeepClone();
        foreach (var parameter in SetupSheet.Parameters)
        {
            if (!Values.TryGetValue(parameter.Key, out var value)) continue;
            root[parameter.Key] = parameter.IsNumeric && parameter.Check(value) is null
                ? JsonValue.Create(decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture))
                : JsonValue.Create(value);
        }
        return root.ToJsonString();
    }

    /// <summary>Whether a sheet value differs from another setup's (numbers compared as numbers).</summary>
    public bool Differs(string key, SetupValues other)
    {
        var mine = this[key];
        var theirs = other[key];
        if (mine is null || theirs is null) return mine != theirs;
        return SetupSheet.Find(key) is { IsNumeric: true }
               && decimal.TryParse(mine, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
               && decimal.TryParse(theirs, NumberStyles.Number, CultureInfo.InvariantCulture, out var b)
            ? a != b
            : mine != theirs;
    }

    static string? AsText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => node.ToJsonString(),
    };
}
