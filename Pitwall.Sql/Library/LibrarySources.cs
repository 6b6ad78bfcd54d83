namespace Pitwall.Sql.Library;

/// <summary>The sources a racer can name for an entry; adopted rows may say anything else.</summary>
public static class LibrarySources
{
    public const string PromotedSession = "Promoted session";
    public static readonly IReadOnlyList<string> All = ["Factory base", "Pro sheet", "Teammate", PromotedSession, "Online", "Other"];
}
