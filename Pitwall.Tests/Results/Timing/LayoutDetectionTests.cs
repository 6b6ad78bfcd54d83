using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

/// <summary>The paste alone says which layout it is: the first line only one layout writes decides.</summary>
public sealed class LayoutDetectionTests
{
    public static TheoryData<string, TimingLayout> Pastes => new()
    {
        { LiveRcRace12Drivers, TimingLayout.LiveRcRace },
        { LiveRcLaps, TimingLayout.LiveRcLaps },
        { RcScoringPro, TimingLayout.RcScoringPro },
        { RcScoringProTwelveCars, TimingLayout.RcScoringPro },
        { MyRcm, TimingLayout.MyRcm },
        { MyLaps, TimingLayout.MyLaps },
        { DecoderFeed, TimingLayout.DecoderPassings },
        { "24.516\n25.012\n1:02.345", TimingLayout.PlainLaps },
        { "1\t24.516\n2\t25.012", TimingLayout.PlainLaps }, // tabs alone make no table
    };

    [Theory]
    [MemberData(nameof(Pastes))]
    public void EachLayout_IsRecognisedByItself(string text, TimingLayout layout) =>
        Assert.Equal(layout, TimingAssert.Sheet(text).Layout);

    [Theory]
    [MemberData(nameof(Pastes))]
    public void WindowsLineEndsAndAByteOrderMark_ChangeNothing(string text, TimingLayout layout)
    {
        var unix = TimingAssert.Sheet(text);
        var windows = TimingAssert.Sheet((layout == TimingLayout.PlainLaps ? "" : "\uFEFF") + text.Replace("\n", "\r\n"));

        Assert.Equal(unix.Layout, windows.Layout);
        Assert.Equal(unix.Notes, windows.Notes);
        TimingAssert.Drivers(unix.Drivers, windows.Drivers);
    }

    [Fact]
    public void AnUploadedRcScoringProFile_WithPageTextBeforeTheBanner_IsStillRcScoringPro()
    {
        var sheet = TimingAssert.Sheet("Club results, Saturday\n\n" + RcScoringPro);

        Assert.Equal(TimingLayout.RcScoringPro, sheet.Layout);
        Assert.Equal(4, sheet.Drivers.Count);
        Assert.Contains("Line 1 was not read: \"Club results, Saturday\".", sheet.Notes);
    }

    [Theory]
    [InlineData("@⇥101⇥1⇥4412871⇥99999999999999999999999999999.5⇥1⇥1⇥2⇥x")]
    [InlineData("Stock Buggy Heat 2  Round# 1, Race# 99999999999\n ___1___\n 1/15.61")]
    [InlineData(" ___1___\n 1/99999999999999999999999999999999")]
    [InlineData("Nitro A-Main Results [Race #99999999999]\nPos⇥Driver⇥Laps/Time\n1⇥7 SAM⇥99999999999/1:00.000")]
    [InlineData("Lap⇥Pos⇥Time⇥Pace\n99999999999⇥1⇥40.1⇥")]
    [InlineData("Pos | Nr. | Pilot | Laps\n1 | 3 | Sam | 5\nLaptimes")]
    [InlineData("#⇥No.⇥Name⇥Laps⇥Lap Tm\n1⇥21⇥Sam⇥1⇥9999999999999999999999999999:00.000")]
    public void OutlandishInput_GivesASheetOrAProblem_NeverAnException(string text)
    {
        var (sheet, problem) = TimingParser.Parse(Tabs(text));

        Assert.True(sheet is null != problem is null, $"sheet {sheet}, problem {problem}");
    }

    [Fact]
    public void TextThatIsNoLayout_IsRefusedAsAListOfLaps_NamingItsFirstLine()
    {
        var problem = TimingAssert.Refused("Race results\nSam 24.5");

        Assert.Equal(1, problem.Line);
        Assert.Equal("Race results", problem.Text);
        Assert.Contains("not a lap time", problem.Message);
    }
}
