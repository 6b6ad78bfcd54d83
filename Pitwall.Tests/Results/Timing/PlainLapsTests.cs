using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;

namespace Pitwall.Tests.Results.Timing;

/// <summary>Lap lists are still read by LapParser, exactly as before: the same laps, the same refusals.</summary>
public sealed class PlainLapsTests
{
    [Theory]
    [InlineData("24.516\n25.012\n24.900")]
    [InlineData("24.516, 25.012, 24.900")]
    [InlineData("24.516;25.012;24.900")]
    [InlineData("24.516\t25.012\t24.900")]
    [InlineData("1) 24.516\n2) 25.012\n3) 24.900")]
    [InlineData("1,24.516\n2,25.012\n3,24.900")]
    [InlineData("1\t24.516\n2\t25.012\n3\t24.900")]
    [InlineData("\n24.516\r\n\r\n25.012\n\n24.900\n")]
    public void EveryListLapParserReads_IsOneDriversLaps(string text)
    {
        var sheet = TimingAssert.Sheet(text);

        Assert.Equal(TimingLayout.PlainLaps, sheet.Layout);
        Assert.Equal("Lap list, 3 laps", sheet.Description);
        Assert.Equal(RaceHeading.None, sheet.Heading);
        Assert.Equal(["A plain lap list: one driver's laps, with no name, place or figures from a timing system."], sheet.Notes);
        var first = text.Replace("\r\n", "\n").Split('\n').ToList().FindIndex(l => l.Length > 0) + 1;
        TimingAssert.Drivers([new DriverLine { Line = first, Laps = 3, LapTimes = [24.516m, 25.012m, 24.900m] }], sheet.Drivers);
    }

    [Fact]
    public void MinuteTimes_AreReadAsBefore() =>
        Assert.Equal([62.345m, 61m, 59.5m], TimingAssert.Sheet("1:02.345\n1:01\n59.5").Drivers.Single().LapTimes);

    [Theory]
    [InlineData("24.1\n24,516", 2, "Use a point for decimals")] // a bare decimal comma stays refused in a list
    [InlineData("24.516\nabc\n25.0", 2, "\"abc\" is not a lap time")]
    [InlineData("24.516\n0.5", 2, "outside 1 second to 10 minutes")]
    [InlineData("1:75.000", 1, "\"1:75.000\" is not a lap time")]
    public void AListLapParserRefuses_IsRefusedWithItsVeryProblem(string text, int line, string message)
    {
        var problem = TimingAssert.Refused(text);

        Assert.Equal(LapParser.Parse(text).Problem, problem);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void NothingPasted_IsAnEmptySheet_ThatSaysSo()
    {
        var sheet = TimingAssert.Sheet("  \n\n");

        Assert.Equal(TimingLayout.PlainLaps, sheet.Layout);
        Assert.Empty(sheet.Drivers);
        Assert.Equal(["Nothing to read: the paste is empty."], sheet.Notes);
    }
}
