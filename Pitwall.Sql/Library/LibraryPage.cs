namespace Pitwall.Sql.Library;

/// <summary>One page of the library with the filters' choices, as Library_List.sql builds it.</summary>
public sealed record LibraryPage(
    int Total, IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<string> Brands, IReadOnlyList<string> Models,
    IReadOnlyList<string> Tracks, IReadOnlyList<string> Tractions, IReadOnlyList<string> Conditions);
