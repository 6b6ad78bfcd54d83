namespace Pitwall.Sql.Library;

/// <summary>
/// One page of the library (newest first) with the filters' choices, as Library_List.sql gives
/// it: whether older and newer pages exist, and how many entries match (up to
/// <see cref="LibraryQuery.CountLimit"/> + 1, meaning "more").
/// </summary>
public sealed record LibraryPage(
    long Matching, IReadOnlyList<LibraryEntry> Entries, bool HasOlder, bool HasNewer,
    IReadOnlyList<string> Brands, IReadOnlyList<string> Models, IReadOnlyList<string> Tracks,
    IReadOnlyList<string> Tractions, IReadOnlyList<string> Conditions);
