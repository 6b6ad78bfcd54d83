using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Compare;

/// <summary>A package of two setups compared: its parameters and how many of those with a value match.</summary>
public sealed record ComparedPackage(string Name, IReadOnlyList<ComparedParameter> Parameters)
{
    public int Counted => Parameters.Count(p => p.Counted);
    public int Matching => Parameters.Count(p => p.Counted && p.Same);
    public int? MatchPercent => SetupComparison.Percent(Matching, Counted);
}
