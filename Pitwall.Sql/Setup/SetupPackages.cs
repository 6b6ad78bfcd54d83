namespace Pitwall.Sql.Setup;

/// <summary>
/// The five packages of DESIGN.md ("Packages"), which cut across the sheet's groups: compare
/// shows a setup in them and the library copies a setup by them. Every parameter is in one.
/// </summary>
public static class SetupPackages
{
    public static readonly IReadOnlyList<SetupPackage> All =
    [
        Of("Suspension", FrontAndRear("SO", "SP", "SB", "P")),
        Of("Geometry", FrontAndRear("Toe", "C", "RH", "ST", "Droop")),
        Of("Diffs", ["DF", "DC", "DR"]),
        Of("Tires", ["Tread", "Compound"]),
        Of("Power", ["Engine", "Venturi", "Pipe", "Clutch", "Bell", "Spur"]),
    ];

    public static SetupPackage? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    static SetupPackage Of(string name, IEnumerable<string> keys) =>
        new(name, keys.Select(k => SetupSheet.Find(k) ?? throw new InvalidOperationException($"{k} is not on the sheet")).ToList());

    // Front first, then rear, each in the order given: SO_F, SP_F, …, SO_R, SP_R, …
    static IEnumerable<string> FrontAndRear(params string[] stems) =>
        new[] { "F", "R" }.SelectMany(side => stems.Select(stem => $"{stem}_{side}"));
}
