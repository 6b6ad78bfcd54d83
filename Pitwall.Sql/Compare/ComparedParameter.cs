using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Compare;

/// <summary>One parameter of two setups side by side: values as stored, whether they are the same setting, b − a for numbers.</summary>
public sealed record ComparedParameter(SetupParameter Parameter, string A, string B, bool Same, decimal? Difference)
{
    /// <summary>Counted in the match: at least one side has a value (two blanks say nothing).</summary>
    public bool Counted => A.Length > 0 || B.Length > 0;
}
