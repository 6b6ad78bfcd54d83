using Pitwall.Sql.Migrations;

namespace Pitwall.Tests.Migrations;

public sealed class ScriptLocatorTests
{
    [Fact]
    public void StatementStarts_SkipSemicolonsInStringsCommentsAndDollarQuotes()
    {
        const string sql = "SELECT ';';\n-- a; comment\nDO $$ BEGIN PERFORM 1; END $$;\n  SELECT 2;";

        var starts = ScriptLocator.StatementStarts(sql).ToList();

        Assert.Equal([0, sql.IndexOf("-- a", StringComparison.Ordinal), sql.IndexOf("SELECT 2", StringComparison.Ordinal)], starts);
    }

    [Fact]
    public void LineOf_PicksTheStatementWhoseTextAtThePositionIsTheQuotedToken()
    {
        const string sql = "CREATE TABLE a (id int);\n\nINSERT INTO a\nSELECT id FROM missing;";

        Assert.Equal(4, ScriptLocator.LineOf(sql, 30, "relation \"missing\" does not exist"));
    }

    [Fact]
    public void LineOf_WithoutAPosition_PointsAtTheFirstCodeLineNamingTheQuotedObject()
    {
        const string sql = "-- makes things_log\nCREATE TABLE things (id int);\nCREATE TABLE things_log (id int);";

        Assert.Equal(3, ScriptLocator.LineOf(sql, 0, "relation \"things_log\" already exists"));
    }
}
