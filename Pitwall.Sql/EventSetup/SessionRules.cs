namespace Pitwall.Sql.EventSetup;

/// <summary>
/// The session lists in C#: <see cref="Sizes"/> and <see cref="Tractions"/> are the database's own
/// (sessions_enforce_rules, V6), and SessionRulesTests proves each equals the SQL. <see cref="Types"/>
/// is what Pitwall's forms offer for a new session: the database takes any non-blank type, since the
/// earlier tool writes its own words (Qualifying, Race, Club Race, …).
/// </summary>
public static class SessionRules
{
    public static readonly IReadOnlyList<string> Types = ["Practice", "Qualifier", "Main"];
    public static readonly IReadOnlyList<string> Sizes = ["Small", "Medium", "Large"];
    public static readonly IReadOnlyList<string> Tractions = ["Low", "Medium", "High"];
}
