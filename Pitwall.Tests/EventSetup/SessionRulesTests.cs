using System.Text.RegularExpressions;
using Pitwall.Sql.EventSetup;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.EventSetup;

/// <summary>SessionRules' track sizes and tractions are the lists the database's rule holds, word for word.</summary>
public sealed partial class SessionRulesTests
{
    [Fact]
    public async Task TrackSizesAndTractions_AreTheListsOfTheDatabasesSessionRule()
    {
        var stores = await TestStores.CreateAsync();

        var rule = await TestPostgres.ScalarAsync<string>(stores.ConnectionString, "SELECT pg_get_functiondef('sessions_enforce_rules'::regproc)");

        Assert.Equal(SessionRules.Sizes, ListOf(rule, "track_size"));
        Assert.Equal(SessionRules.Tractions, ListOf(rule, "traction"));
        // Types are Pitwall's forms' list only: the database takes any non-blank type (the earlier tool's words).
        Assert.DoesNotContain("'Qualifier'", rule);
    }

    /// <summary>The words of "NEW.{column} NOT IN ('A', 'B', …)" in the rule's source.</summary>
    static string[] ListOf(string rule, string column) =>
        [.. Words().Matches(InList(column).Match(rule).Groups[1].Value).Select(m => m.Groups[1].Value)];

    static Regex InList(string column) => new($@"NEW\.{column} NOT IN \(([^)]*)\)");

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Words();
}
