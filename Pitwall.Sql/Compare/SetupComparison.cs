using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Compare;

/// <summary>One parameter of two setups side by side: values as stored, whether they are the same setting, b − a for numbers.</summary>
public sealed record ComparedParameter(SetupParameter Parameter, string A, string B, bool Same, decimal? Difference)
{
    /// <summary>Counted in the match: at least one side has a value (two blanks say nothing).</summary>
    public bool Counted => A.Length > 0 || B.Length > 0;
}

/// <summary>A package of two setups compared: its parameters and how many of those with a value match.</summary>
public sealed record ComparedPackage(string Name, IReadOnlyList<ComparedParameter> Parameters)
{
    public int Counted => Parameters.Count(p => p.Counted);
    public int Matching => Parameters.Count(p => p.Counted && p.Same);
    public int? MatchPercent => SetupComparison.Percent(Matching, Counted);
}

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
