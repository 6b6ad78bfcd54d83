using Pitwall.Sql;

namespace Pitwall.Tests.Library;

/// <summary>
/// Library_List as the store sends it: a filter's lines only when the filter is given, so each set
/// of filters is its own prepared statement (IndexTests shows each one's plan uses an index).
/// </summary>
public sealed class LibraryListStatementTests
{
    static readonly string[] Filters = ["brand", "model", "track", "traction", "condition", "search"];

    [Fact]
    public void EachFiltersLines_AreSentOnlyWhenItIsGiven_AndASearchMaterializesItsMatches()
    {
        foreach (var mask in Enumerable.Range(0, 1 << Filters.Length))
        {
            var given = Filters.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            var sql = SqlFiles.Get("Library_List", given);

            foreach (var filter in Filters)
            {
                var sent = sql.Contains($"= @{filter}", StringComparison.Ordinal) || sql.Contains($"lower(@{filter})", StringComparison.Ordinal);
                Assert.True(sent == given.Contains(filter), $"@{filter} with [{string.Join(", ", given)}]");
            }
            Assert.Equal(given.Contains("search"), sql.Contains("matching AS MATERIALIZED", StringComparison.Ordinal));
            Assert.Equal(!given.Contains("search"), sql.Contains("matching AS NOT MATERIALIZED", StringComparison.Ordinal));
        }
        Assert.Same(SqlFiles.Get("Library_List", ["search", "brand"]), SqlFiles.Get("Library_List", ["brand", "search"]));
    }
}
