using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Compare;

/// <summary>
/// Two setups compared package by package (SetupPackages), by SetupEquality's rule. Match % is
/// the share of parameters with a value on either side that are the same setting, rounded to a
/// whole percent (half up); overall it is over every such parameter, not an average of packages.
/// </summary>
public sealed record SetupComparison(IReadOnlyList<ComparedPackage> Packages)
{
    public int Counted => Packages.Sum(p => p.Counted);
    public int Matching => Packages.Sum(p => p.Matching);
    public int? MatchPercent => Percent(Matching, Counted);

    public static SetupComparison Of(SetupValues a, SetupValues b) => new(SetupPackages.All
        .Select(package => new ComparedPackage(package.Name, package.Parameters.Select(p =>
        {
            var (x, y) = ((a[p.Key] ?? "").Trim(), (b[p.Key] ?? "").Trim());
            return new ComparedParameter(p, x, y, SetupEquality.Same(p, x, y), SetupEquality.Difference(p, x, y));
        }).ToList()))
        .ToList());

    public static int? Percent(int matching, int counted) =>
        counted == 0 ? null : (int)Math.Round(100m * matching / counted, MidpointRounding.AwayFromZero);
}
