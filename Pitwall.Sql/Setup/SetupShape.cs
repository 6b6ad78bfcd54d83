using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pitwall.Sql.Setup;

/// <summary>Where a setup column keeps the sheet's keys, as the earlier tool writes it (LEGACY.md).</summary>
public enum SetupShape
{
    /// <summary><c>vehicles.baseline_setup</c>: <c>{"front": {"shock_oil": 500}}</c>.</summary>
    Nested,

    /// <summary><c>sessions.actual_setup</c>: <c>{"SO_F": 500}</c>.</summary>
    Flat,

    /// <summary>
    /// <c>master_library.setup</c>: the earlier tool converts the whole sheet to the nested paths,
    /// so every one of the 29 is written, a blank as JSON null (<c>{"front": {"spring": null, …}}</c>).
    /// </summary>
    NestedEveryCell,
}
