using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;

namespace Pitwall.Tests.Results.Timing;

/// <summary>Reading a paste and comparing whole lines, so no field goes unchecked.</summary>
internal static class TimingAssert
{
    public static TimingSheet Sheet(string text, decimal minimumLap = DecoderLaps.DefaultMinimumLap)
    {
        var (sheet, problem) = TimingParser.Parse(text, minimumLap);
        Assert.Null(problem);
        return sheet!;
    }

    public static LapProblem Refused(string text)
    {
        var (sheet, problem) = TimingParser.Parse(text);
        Assert.Null(sheet);
        return problem!;
    }

    /// <summary>A refusal names the line, quotes it, and says what was expected there.</summary>
    public static void Refused(string text, int line, string expected)
    {
        var problem = Refused(text);
        Assert.Equal(line, problem.Line);
        Assert.Equal(text.Replace("\r\n", "\n").Split('\n')[line - 1].Trim(), problem.Text);
        Assert.StartsWith("Expected ", problem.Message);
        Assert.Contains(expected, problem.Message);
    }

    /// <summary>Every field of every line; laps compared by value (a record compares lists by reference).</summary>
    public static void Drivers(IReadOnlyList<DriverLine> expected, IReadOnlyList<DriverLine> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].LapTimes, actual[i].LapTimes);
            Assert.Equal(expected[i], actual[i] with { LapTimes = expected[i].LapTimes });
        }
    }
}
