using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

public sealed class MyRcmTests
{
    const string Results = "Pos | Nr. | Pilot Nr | Pilot | I | Laps | Endtime | Besttime | Mediumtime | Correction";

    [Fact]
    public void ResultsAndLaptimes_GiveEachDriverTheirFiguresAndTheirColumnOfLaps()
    {
        var sheet = TimingAssert.Sheet(MyRcm);

        Assert.Equal(TimingLayout.MyRcm, sheet.Layout);
        Assert.Equal("MyRCM results and lap times, 3 drivers", sheet.Description);
        Assert.Equal(RaceHeading.None, sheet.Heading);
        Assert.Equal(
        [
            "No race name in this paste: heat and class are not known.",
            "Columns not read: Pilot Nr, I.",
            "Søren Ødegård: correction \"+10.000\" as MyRCM printed it; the times are as printed.",
        ], sheet.Notes);
        // 00:48.946 = 48.946, 01:35.609 = 95.609; "(3) 1:04.957" is place 3, lap 64.957; Søren has no fifth lap.
        TimingAssert.Drivers(
        [
            new DriverLine
            {
                Line = 2, Position = 1, CarNumber = "3", Name = "Sam Rivers", Laps = 5, TotalTime = 48.946m,
                FastestLap = 9.688m, AverageLap = 9.789m, LapTimes = [9.855m, 9.712m, 9.790m, 9.688m, 9.901m],
            },
            new DriverLine
            {
                Line = 3, Position = 2, CarNumber = "1", Name = "Jo Andersen", Laps = 5, TotalTime = 49.758m,
                FastestLap = 9.844m, AverageLap = 9.952m, LapTimes = [10.102m, 9.844m, 9.921m, 10.015m, 9.876m],
            },
            new DriverLine
            {
                Line = 4, Position = 3, CarNumber = "7", Name = "Søren Ødegård", Laps = 4, TotalTime = 95.609m,
                FastestLap = 10.114m, AverageLap = 23.902m, LapTimes = [10.330m, 64.957m, 10.114m, 10.208m],
            },
        ], sheet.Drivers);
    }

    [Fact]
    public void ResultsCopiedWithTabs_AndNoGrid_AreResultsOnly()
    {
        var sheet = TimingAssert.Sheet(Tabs("""
            Pos⇥Nr.⇥Pilot Nr⇥Pilot⇥I⇥Laps⇥Endtime⇥Besttime⇥Mediumtime⇥Correction
            1⇥3⇥⇥Sam Rivers⇥⇥68⇥45:12.338⇥37.204⇥39.880⇥
            2⇥5⇥⇥Pat Okafor⇥⇥0⇥⇥⇥⇥
            """));

        Assert.Equal("MyRCM results, 2 drivers", sheet.Description);
        Assert.Equal(
        [
            "No race name in this paste: heat and class are not known.",
            "Results only: no Laptimes grid in this paste.",
            "Columns not read: Pilot Nr, I.",
        ], sheet.Notes);
        // 45:12.338 = 45·60 + 12.338 = 2712.338.
        TimingAssert.Drivers(
        [
            new DriverLine
            {
                Line = 2, Position = 1, CarNumber = "3", Name = "Sam Rivers", Laps = 68, TotalTime = 2712.338m,
                FastestLap = 37.204m, AverageLap = 39.880m,
            },
            new DriverLine { Line = 3, Position = 2, CarNumber = "5", Name = "Pat Okafor", Laps = 0 },
        ], sheet.Drivers);
    }

    [Fact]
    public void ALaptimesGridAlone_GivesADriverPerColumn_NamedByItsHeader()
    {
        var sheet = TimingAssert.Sheet("""
            Laptimes
            Lap | Sam Rivers | Jo Andersen
            1 | (1) 09.855 | (2) 10,102
            2 | (2) 1:14.957 | (1) 09.844
            """);

        Assert.Equal("MyRCM lap times, 2 drivers", sheet.Description);
        Assert.Equal(
        [
            "No race name in this paste: heat and class are not known.",
            "Laps only: no results table (places, race times) in this paste.",
        ], sheet.Notes);
        // 1:14.957 = 74.957; 10,102 has a decimal comma.
        TimingAssert.Drivers(
        [
            new DriverLine { Line = 2, Name = "Sam Rivers", Laps = 2, LapTimes = [9.855m, 74.957m] },
            new DriverLine { Line = 2, Name = "Jo Andersen", Laps = 2, LapTimes = [10.102m, 9.844m] },
        ], sheet.Drivers);
    }

    [Theory]
    [InlineData("x | 3 | | Sam Rivers | | 5 | 00:48.946 | | |", 2, "a whole number under Pos, not \"x\"")]
    [InlineData("1 | | | | | 5 | 00:48.946 | | |", 2, "a driver's name under Pilot or a car number under Nr.")]
    [InlineData("1 | 3 | | Sam Rivers | | 5 | 00:48.946 | 9.6.88 | |", 2, "a time such as 37.112 or 1:03.004 under Besttime")]
    [InlineData("1 | 3 | | Sam Rivers | | 5 | 00:48.946 | | |\nLaptimes\nLap | Jo Andersen\n1 | (1) 09.855", 4, "each column named after one driver of the results, not \"Jo Andersen\"")]
    [InlineData("1 | 3 | | Sam Rivers | | 5 | 00:48.946 | | |\nLaptimes\nLap | Sam Rivers\n2 | (1) 09.855", 5, "lap 1 in the first column")]
    [InlineData("1 | 3 | | Sam Rivers | | 5 | 00:48.946 | | |\nLaptimes\nLap | Sam Rivers\n1 | 09.855", 5, "a cell such as (1) 09.855 under Sam Rivers, not \"09.855\"")]
    [InlineData("1 | 3 | | Sam Rivers | | 5 | 00:48.946 | | |\nLaptimes\nLap | Sam Rivers\n1 | (1) 09.855 | (2) 10.102", 5, "at most 1 drivers' cells")]
    [InlineData("1 | 3 | | Sam Rivers | | 5 | 00:48.946 | | |\nLaptimes\nLap | Sam Rivers\n1 | (1) 09.855\nLaptimes", 6, "one Laptimes grid in a paste")]
    public void AnUnreadableLine_IsRefused_NamingItsLineAndWhatWasExpected(string lines, int line, string expected) =>
        TimingAssert.Refused($"{Results}\n{lines}", line, expected);
}
