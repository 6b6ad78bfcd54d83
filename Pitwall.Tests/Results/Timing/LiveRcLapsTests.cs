using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

public sealed class LiveRcLapsTests
{
    [Fact]
    public void ADriversLapView_GivesTheLaps_WithoutTheStartLine_NamedByTheHeadingAbove()
    {
        var sheet = TimingAssert.Sheet(LiveRcLaps);

        Assert.Equal(TimingLayout.LiveRcLaps, sheet.Layout);
        Assert.Equal("LiveRC lap times, 1 driver", sheet.Description);
        Assert.Equal(RaceHeading.None, sheet.Heading);
        Assert.Equal(["Laps only: no finishing place, race time or LiveRC's figures in this paste."], sheet.Notes);
        // Lap 0 (time 0) is the start line and no lap; the paces (27/20:03.228) are projections, not laps.
        TimingAssert.Drivers(
            [new DriverLine { Line = 1, CarNumber = "7", Name = "SAM RIVERS", Laps = 3, LapTimes = [44.564m, 47.292m, 38.901m] }],
            sheet.Drivers);
    }

    [Fact]
    public void TwoViews_GiveTwoDrivers_AndOneWithoutAHeadingIsSaidToBeUnnamed()
    {
        var sheet = TimingAssert.Sheet(Tabs("""
            12 JO ANDERSEN
            Lap⇥Pos⇥Time⇥Pace

            0⇥1⇥0⇥0
            1⇥1⇥41.020⇥29/20:31.600
            2⇥1⇥1:02,481⇥24/20:10.002

            Lap⇥Pos⇥Time⇥Pace
            1⇥2⇥42.118⇥28/20:13.304
            """));

        Assert.Equal("LiveRC lap times, 2 drivers", sheet.Description);
        // 1:02,481 is a European copy of 1:02.481 = 62.481.
        TimingAssert.Drivers(
        [
            new DriverLine { Line = 1, CarNumber = "12", Name = "JO ANDERSEN", Laps = 2, LapTimes = [41.020m, 62.481m] },
            new DriverLine { Line = 8, Laps = 1, LapTimes = [42.118m] },
        ], sheet.Drivers);
        Assert.Equal(
        [
            "Laps only: no finishing place, race time or LiveRC's figures in this paste.",
            "The laps under line 8 name no driver (a heading such as 7 SAM RIVERS above them would).",
        ], sheet.Notes);
    }

    [Theory]
    [InlineData("0⇥10⇥0⇥0\n1⇥4⇥44.564⇥x\n3⇥5⇥38.901⇥x", 4, "lap 2 in the first column after lap 1")]
    [InlineData("⇥4⇥44.564⇥x", 2, "a lap row: the lap number, then position, time and pace")]
    [InlineData("1⇥4⇥44.5x4⇥x", 2, "a lap time such as 37.112 or 1:03.004 under Time, not \"44.5x4\"")]
    [InlineData("1⇥4⇥0.412⇥x", 2, "a lap time between 1 second and 10 minutes under Time")]
    public void AnUnreadableLap_IsRefused_NamingItsLineAndWhatWasExpected(string rows, int line, string expected) =>
        TimingAssert.Refused(Tabs($"Lap⇥Pos⇥Time⇥Pace\n{rows}"), line, expected);
}
