using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Conditions;

/// <summary>
/// A session's conditions as sessions.weather holds them: Pitwall's timeline (under
/// <see cref="ConditionsRules.Key"/>, oldest first) and every other key as the earlier tool (or
/// anyone) wrote it, shown and never changed. A value that is not a JSON object is shown as it is.
/// </summary>
public sealed class SessionConditions
{
    SessionConditions(IReadOnlyList<ConditionsEntry> entries, IReadOnlyList<(string Label, string Value)> others, bool readable)
    {
        Entries = entries;
        FromEarlierTool = others;
        Readable = readable;
    }

    public static SessionConditions None { get; } = new([], [], true);

    public IReadOnlyList<ConditionsEntry> Entries { get; }

    /// <summary>Every key Pitwall does not own, as label and value ("Temperature" "24 °C" for the tool's temp_c).</summary>
    public IReadOnlyList<(string Label, string Value)> FromEarlierTool { get; }

    /// <summary>False when weather holds something other than an object: Pitwall cannot add to it.</summary>
    public bool Readable { get; }

    public bool IsEmpty => Entries.Count == 0 && FromEarlierTool.Count == 0;

    /// <summary>The unit to show summaries in: the one the latest temperature was typed in.</summary>
    public TemperatureUnit Unit => Entries.LastOrDefault(e => e.AirC is not null || e.TrackC is not null)?.Unit ?? TemperatureUnit.Celsius;

    public decimal? MeanAirC => Mean(Entries.Select(e => e.AirC));
    public decimal? MeanTrackC => Mean(Entries.Select(e => e.TrackC));
    public decimal? MeanGrip => Mean(Entries.Select(e => (decimal?)e.Grip));
    public decimal? MeanHumidity => Mean(Entries.Select(e => (decimal?)e.HumidityPct));

    /// <summary>The earlier tool's temperature (its temp_c), when it wrote one.</summary>
    public decimal? EarlierToolTempC { get; private init; }

    /// <summary>
    /// The day in one line, each measure as its range over the entries: "Air 18–24 °C · Track 31 °C ·
    /// ☀️ Sun, ☁️ Cloud · Grip 3–4/5 · 40–45 % humidity", then what the earlier tool noted.
    /// </summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            void Range(string label, IEnumerable<decimal?> values, Func<decimal, string> show, string format)
            {
                var list = values.OfType<decimal>().ToList();
                if (list.Count == 0) return;
                var (low, high) = (show(list.Min()), show(list.Max()));
                parts.Add(string.Format(CultureInfo.InvariantCulture, format, label, low == high ? low : $"{low}–{high}"));
            }
            var unit = Unit;
            var suffix = unit == TemperatureUnit.Fahrenheit ? "°F" : "°C";
            string Temp(decimal c) => Temperature.Number(unit == TemperatureUnit.Fahrenheit ? Temperature.ToFahrenheit(c) : c);
            Range("Air", Entries.Select(e => e.AirC), Temp, "{0} {1} " + suffix);
            Range("Track", Entries.Select(e => e.TrackC), Temp, "{0} {1} " + suffix);
            var skies = Entries.Select(e => e.Sky).OfType<string>().Distinct().Select(ConditionsRules.SkyLabel).ToList();
            if (skies.Count > 0) parts.Add(string.Join(", ", skies));
            Range("Grip", Entries.Select(e => (decimal?)e.Grip), g => g.ToString(CultureInfo.InvariantCulture), "{0} {1}/5");
            Range("humidity", Entries.Select(e => (decimal?)e.HumidityPct), h => h.ToString(CultureInfo.InvariantCulture), "{1} % {0}");
            parts.AddRange(FromEarlierTool.Select(o => $"{o.Label} {o.Value}"));
            return string.Join(" · ", parts);
        }
    }

    public static SessionConditions Parse(string? weatherJson)
    {
        if (string.IsNullOrWhiteSpace(weatherJson)) return None;
        JsonNode? node;
        try { node = JsonNode.Parse(weatherJson); }
        catch (JsonException) { return new([], [("Weather", weatherJson)], false); }
        return From(node);
    }

    public static SessionConditions From(JsonNode? weather)
    {
        if (weather is null) return None;
        if (weather is not JsonObject root) return new([], [("Weather", weather.ToJsonString())], false);
        var entries = new List<ConditionsEntry>();
        var others = new List<(string, string)>();
        decimal? toolTemp = null;
        foreach (var (key, value) in root)
        {
            if (key == ConditionsRules.Key)
            {
                if (value is JsonArray list) entries.AddRange(list.OfType<JsonObject>().Select(Entry).OfType<ConditionsEntry>());
                else others.Add((key, Text(value)));
            }
            else if (key == "temp_c" && Number(value) is { } temp)
            {
                toolTemp = temp;
                others.Add(("Temperature", $"{Temperature.Number(temp)} °C"));
            }
            else
            {
                others.Add((key, Text(value)));
            }
        }
        return new(entries, others, true) { EarlierToolTempC = toolTemp };
    }

    static ConditionsEntry? Entry(JsonObject o)
    {
        if (Number(o["n"]) is not { } n) return null;
        var at = o["at"] is JsonValue v && v.TryGetValue<string>(out var text)
                 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : (DateTimeOffset?)null;
        return new((int)n, at, Number(o["air_c"]), Number(o["track_c"]), (int?)Number(o["humidity_pct"]), Str(o["sky"]),
            (int?)Number(o["grip"]), Str(o["note"]), Str(o["unit"]) == "F" ? TemperatureUnit.Fahrenheit : TemperatureUnit.Celsius);
    }

    static decimal? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<decimal>() : null;

    static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    static string Text(JsonNode? node) => node switch
    {
        null => "—",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    static decimal? Mean(IEnumerable<decimal?> values)
    {
        var list = values.OfType<decimal>().ToList();
        return list.Count == 0 ? null : list.Average();
    }
}
