namespace Pitwall.Sql.Library;

/// <summary>
/// What the library list asks for: a null or blank filter matches everything. Pages go by key:
/// <see cref="Before"/> asks for entries older than that entry, <see cref="After"/> for newer ones;
/// neither, for the newest.
/// </summary>
public sealed record LibraryQuery(
    string? Brand = null, string? Model = null, string? Track = null, string? Traction = null, string? Condition = null,
    string? Search = null, int? Before = null, int? After = null)
{
    public const int PageSize = 20;

    /// <summary>Matching entries are counted up to this many; beyond, the list says "1,000+".</summary>
    public const int CountLimit = 1000;
}
