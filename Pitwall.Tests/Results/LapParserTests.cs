using Pitwall.Sql.Results;

namespace Pitwall.Tests.Results;

public sealed class LapParserTests
{
    static IReadOnlyList<decimal> Laps(string text)
    {
        var (laps, problem) = LapParser.Parse(text);
        Assert.Null(problem);
        return laps;
    }

    [Theory]
    [InlineData("24.516\n25.012\n24.900")]
    [InlineData("24.516, 25.012, 24.900")]
    [InlineData("24.516;25.012;24.900")]
    [InlineData("24.516\t25.012\t24.900")]
    [InlineData("24.516 25.012  24.900")]
    [InlineData("\n24.516\r\n\r\n25.012\n\n24.900\n")]
    [InlineData("1 24.516\n2 25.012\n3 24.900")]
    [InlineData("1) 24.516\n2) 25.012\n3) 24.900")]
    [InlineData("1,24.516\n2,25.012\n3,24.900")]
    [InlineData("1\t24.516\n2\t25.012\n3\t24.900")]
    public void EveryWayRacersPasteLaps_GivesTheLapsInTheOrderDriven(string text) =>
        Assert.Equal([24.516m, 25.012m, 24.900m], Laps(text));

    [Fact]
    public void MinutesAndSeconds_AreRead() =>
        Assert.Equal([62.345m, 61m, 59.5m], Laps("1:02.345\n1:01\n59.5"));

    [Fact]
    public void LapNumbersBeforeMinuteTimes_AreDropped() =>
        Assert.Equal([62.345m, 63.1m], Laps("1) 1:02.345\n2) 1:03.100"));

    [Theory]
    [InlineData("24.516\nabc\n25.0", 2, "abc")]
    [InlineData("24.516\n0.5", 2, "0.5")]
    [InlineData("24.516\n\n10:00.001", 3, "10:00.001")]
    [InlineData("24.1\n24,516", 2, "Use a point for decimals")]
    [InlineData("1:75.000", 1, "1:75.000")]
    [InlineData("24.5.1", 1, "24.5.1")]
    public void AnythingUnreadable_NamesTheLineAndItsText(string text, int line, string token)
    {
        var (laps, problem) = LapParser.Parse(text);

        Assert.Empty(laps);
        Assert.Equal(line, problem!.Line);
        Assert.Contains(token, problem.ToString());
    }

    [Fact]
    public void MoreThanAThousandLaps_IsRefused()
    {
        var (_, problem) = LapParser.Parse(string.Join('\n', Enumerable.Repeat("24.5", 1001)));

        Assert.Equal(1001, problem!.Line);
        Assert.Contains("1000", problem.Message);
    }

    [Fact]
    public void Nothing_IsNoLaps() => Assert.Empty(Laps("  \n\n"));
}
