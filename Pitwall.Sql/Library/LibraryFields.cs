namespace Pitwall.Sql.Library;

/// <summary>The sources a racer can name for an entry; adopted rows may say anything else.</summary>
public static class LibrarySources
{
    public const string PromotedSession = "Promoted session";
    public static readonly IReadOnlyList<string> All = ["Factory base", "Pro sheet", "Teammate", PromotedSession, "Online", "Other"];
}

/// <summary>What the racer adds to an entry: who drove it, where, and a note.</summary>
public sealed record LibraryNotes(string? DriverName, string? EventName, string? Notes);

/// <summary>A whole entry, as a PDF sheet or a form gives it; the setup is flat JSON text.</summary>
public sealed record LibraryFields(
    string? Brand, string? Model, string? TrackName, string? Traction, string? SurfaceCondition, string Source,
    LibraryNotes Notes, string Setup);
