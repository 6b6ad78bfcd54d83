using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Library;

/// <summary>Where an entry's setup goes: one of the active racer's drafts, or a car's baseline.</summary>
public sealed record UseTarget(int? Draft, int? Car)
{
    public static UseTarget IntoDraft(int id) => new(id, null);
    public static UseTarget AsBaseline(int car) => new(null, car);
}

/// <summary>The active racer's drafts and cars an entry can go into.</summary>
public sealed record UseChoices(IReadOnlyList<DraftChoice> Drafts, IReadOnlyList<CarTarget> Cars);

public sealed record DraftChoice(int Id, string? Name, DateOnly? Date, string Car);

public sealed record CarTarget(int Id, string Label, bool? SameModel);

/// <summary>One value that Apply would change, as the sheet shows it before and after (null: not set).</summary>
public sealed record StagedChange(string Package, SetupParameter Parameter, string? Old, string? New);

/// <summary>What Apply did.</summary>
public enum ApplyOutcome { Applied, NotFound, NotADraft }

/// <summary>
/// How part of a setup goes into another: the chosen packages' keys are copied exactly as
/// stored; a key the entry does not hold leaves the target's value as it is.
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
