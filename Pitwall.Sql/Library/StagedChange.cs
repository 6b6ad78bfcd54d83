using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Library;

/// <summary>One value that Apply would change, as the sheet shows it before and after (null: not set).</summary>
public sealed record StagedChange(string Package, SetupParameter Parameter, string? Old, string? New);
