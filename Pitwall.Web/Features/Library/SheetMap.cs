using System.Text.Json;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Library;

/// <summary>A manufacturer's field-name map (SheetMaps/*.json): the sheet's field names → setup keys.</summary>
public sealed record SheetMap(string Maker, IReadOnlyList<string> ModelFields, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>Every map embedded from SheetMaps/, by maker; a map naming a key that is not on the sheet fails at startup.</summary>
    public static readonly IReadOnlyList<SheetMap> All = Load();

    public static SheetMap? Find(string? maker) => All.FirstOrDefault(m => string.Equals(m.Maker, maker, StringComparison.OrdinalIgnoreCase));

    static List<SheetMap> Load()
    {
        var assembly = typeof(SheetMap).Assembly;
        var maps = new List<SheetMap>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Pitwall.SheetMaps.", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var map = JsonSerializer.Deserialize<SheetMap>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? throw new InvalidOperationException($"{name} is empty");
            if (map.Fields.Values.FirstOrDefault(k => SetupSheet.Find(k) is null) is { } unknown)
                throw new InvalidOperationException($"{name} maps to {unknown}, which is not a key of the setup sheet");
            maps.Add(map with { ModelFields = map.ModelFields ?? [] });
        }
        return maps;
    }
}
