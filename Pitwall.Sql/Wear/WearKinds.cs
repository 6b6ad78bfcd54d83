namespace Pitwall.Sql.Wear;

/// <summary>The kinds of wear_items (its CHECK), as stored and as the racer reads them.</summary>
public static class WearKinds
{
    public const string Tires = "tires", Engine = "engine", Part = "part";

    public static readonly IReadOnlyList<(string Kind, string Label)> All =
        [(Tires, "Tire set"), (Engine, "Engine or motor"), (Part, "Part")];

    /// <summary>Kinds that are mounted for a session (one of each); a part counts every session of its car.</summary>
    public static bool IsMounted(string kind) => kind is Tires or Engine;

    public static string Label(string kind) => All.FirstOrDefault(k => k.Kind == kind).Label ?? kind;
}
