namespace Pitwall.Sql.Library;

/// <summary>What the library list asks for: a null or blank filter matches everything; pages count from 1.</summary>
public sealed record LibraryQuery(
    string? Brand = null, string? Model = null, string? Track = null, string? Traction = null, string? Condition = null,
    string? Search = null, int Page = 1)
{
    public const int PageSize = 20;
}
