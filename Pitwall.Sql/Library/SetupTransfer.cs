using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Library;

/// <summary>
/// How part of a setup goes into another: the chosen packages' keys are copied exactly as
/// stored; a key the entry does not hold, or holds as a blank cell (JSON null, as the earlier
/// tool and Pitwall write every cell of a library sheet), leaves the target's value as it is.
/// </summary>
public static class SetupTransfer
{
    public static IEnumerable<string> Keys(IEnumerable<SetupPackage> packages) =>
        packages.SelectMany(p => p.Parameters).Select(p => p.Key);

    public static SetupValues Apply(SetupValues target, SetupValues source, IReadOnlyList<SetupPackage> packages) =>
        target.Taking(source, Keys(packages));

    /// <summary>Every value that would change, package by package, in the sheet's order.</summary>
    public static IReadOnlyList<StagedChange> Changes(SetupValues target, SetupValues source, IReadOnlyList<SetupPackage> packages) =>
        packages.SelectMany(p => p.Parameters.Select(parameter => (p.Name, parameter)))
            .Where(x => source.Holds(x.parameter.Key))
            .Where(x => target.StoredJson(x.parameter.Key) != source.StoredJson(x.parameter.Key))
            .Select(x => new StagedChange(x.Name, x.parameter, target.Holds(x.parameter.Key) ? target[x.parameter.Key] : null, source[x.parameter.Key]))
            .ToList();
}
