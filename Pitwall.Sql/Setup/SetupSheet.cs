using System.Globalization;

namespace Pitwall.Sql.Setup;

/// <summary>
/// The 29 parameters of the Digital Twin setup sheet (DESIGN.md), grouped as the racer reads
/// them, with the paths the earlier tool stored them under (LEGACY.md).
/// </summary>
public static class SetupSheet
{
    public static readonly IReadOnlyList<(string Group, string Title)> Groups =
    [
        ("diffs", "Diffs"), ("front", "Front suspension"), ("rear", "Rear suspension"), ("tires", "Tires"), ("power", "Power"),
    ];

    public static readonly IReadOnlyList<SetupParameter> Parameters = Build();

    static readonly Dictionary<string, SetupParameter> ByKey = Parameters.ToDictionary(p => p.Key);

    /// <summary>Legacy nested path (group, name) → Pitwall key: every one of the 29 has one.</summary>
    public static readonly IReadOnlyDictionary<(string Group, string Name), string> LegacyPaths = BuildLegacyPaths();

    /// <summary>Pitwall key → the legacy nested path the earlier tool reads it from.</summary>
    public static readonly IReadOnlyDictionary<string, (string Group, string Name)> NestedPathOf =
        LegacyPaths.ToDictionary(kv => kv.Value, kv => kv.Key);

    public static SetupParameter? Find(string key) => ByKey.GetValueOrDefault(key);

    public static IEnumerable<SetupParameter> InGroup(string group) => Parameters.Where(p => p.Group == group);

    static List<SetupParameter> Build()
    {
        var list = new List<SetupParameter>
        {
            new("DF", "diffs", "Front diff", "cSt", ParameterKind.Whole, 100, 500_000),
            new("DC", "diffs", "Center diff", "cSt", ParameterKind.Whole, 100, 500_000),
            new("DR", "diffs", "Rear diff", "cSt", ParameterKind.Whole, 100, 500_000),
        };
        foreach (var (suffix, group) in new[] { ("F", "front"), ("R", "rear") })
        {
            list.AddRange(
            [
                new($"SO_{suffix}", group, "Shock oil", "cSt", ParameterKind.Whole, 10, 10_000),
                new($"SP_{suffix}", group, "Spring", null, ParameterKind.Text),
                new($"SB_{suffix}", group, "Sway bar", "mm", ParameterKind.Number, 0, 10),
                new($"P_{suffix}", group, "Piston", null, ParameterKind.Text),
                new($"Toe_{suffix}", group, "Toe", "deg", ParameterKind.Number, -10, 10),
                new($"RH_{suffix}", group, "Ride height", "mm", ParameterKind.Number, 0, 100),
                new($"C_{suffix}", group, "Camber", "deg", ParameterKind.Number, -10, 10),
                new($"ST_{suffix}", group, "Shock tower", "position", ParameterKind.Text),
                new($"Droop_{suffix}", group, "Droop", "mm", ParameterKind.Number, 0, 200),
            ]);
        }
        list.AddRange(
        [
            new("Tread", "tires", "Tread", null, ParameterKind.Text),
            new("Compound", "tires", "Compound", null, ParameterKind.Text),
            new("Engine", "power", "Engine", null, ParameterKind.Text),
            new("Clutch", "power", "Clutch", null, ParameterKind.Text),
            new("Bell", "power", "Bell", "teeth", ParameterKind.Whole, 8, 40),
            new("Spur", "power", "Spur", "teeth", ParameterKind.Whole, 20, 120),
            new("Pipe", "power", "Pipe", null, ParameterKind.Text),
            new("Venturi", "power", "Venturi", null, ParameterKind.Text),
        ]);
        return list;
    }

    static Dictionary<(string, string), string> BuildLegacyPaths()
    {
        var paths = new Dictionary<(string, string), string>
        {
            [("diffs", "front")] = "DF", [("diffs", "center")] = "DC", [("diffs", "rear")] = "DR",
            [("tires", "tread")] = "Tread", [("tires", "compound")] = "Compound",
            [("power", "engine")] = "Engine", [("power", "pipe")] = "Pipe", [("power", "clutch")] = "Clutch",
            [("power", "bell")] = "Bell", [("power", "spur")] = "Spur", [("power", "venturi")] = "Venturi",
        };
        foreach (var (group, suffix) in new[] { ("front", "F"), ("rear", "R") })
        {
            foreach (var (name, key) in new[]
                     {
                         ("shock_oil", "SO"), ("spring", "SP"), ("sway_bar", "SB"), ("pistons", "P"), ("toe", "Toe"),
                         ("ride_height", "RH"), ("camber", "C"), ("droop", "Droop"), ("shock_travel", "ST"),
                     })
                paths[(group, name)] = $"{key}_{suffix}";
        }
        return paths;
    }
}
