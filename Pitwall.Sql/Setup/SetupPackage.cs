namespace Pitwall.Sql.Setup;

/// <summary>One package of the sheet: the parameters compared together and copied together.</summary>
public sealed record SetupPackage(string Name, IReadOnlyList<SetupParameter> Parameters);
