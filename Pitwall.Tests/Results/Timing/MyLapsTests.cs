using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

public sealed class MyLapsTests
{
    const string LapsHeader = "#⇥No.⇥Name⇥Laps⇥Lead⇥Lap Tm⇥Elapsed Tm⇥Time of Day⇥Speed";

    [Fact]
    public void ResultsAndLaps_GiveEachCarItsFiguresAndItsLapsInOrder_WithoutTheGreenFlag()
    {
        var sheet = TimingAssert.Sheet(MyLaps);

        Assert.Equal(TimingLayout.MyLaps, sheet.Layout);
        Assert.Equal("MyLaps/Orbits results and laps, 3 cars", sheet.Description);
        Assert.Equal(RaceHeading.None, sheet.Heading);
        Assert.Equal(
        [
            "No race name in this paste: heat and class are not known.",
            "Columns not read: Gap, Nat/State, Sponsor.",
            "Columns not read: #, Lead, Elapsed Tm, Time of Day, Speed.",
        ], sheet.Notes);
        // Laps are picked from the passings by car number, in lap order: Sam's 1:03.212 + 59.880 + 1:00.915
        // + 1:01.110 = 63.212 + 59.880 + 60.915 + 61.110 = 245.117 = 4:05.117, his Total Tm.
        TimingAssert.Drivers(
        [
            new DriverLine
            {
                Line = 2, Position = 1, CarNumber = "21", Name = "Sam Rivers", Laps = 4, TotalTime = 245.117m,
                FastestLap = 59.880m, FastestLapNumber = 2, LapTimes = [63.212m, 59.880m, 60.915m, 61.110m],
            },
            new DriverLine
            {
                Line = 3, Position = 2, CarNumber = "8", Name = "Jo Andersen", Laps = 4, TotalTime = 247.529m,
                Behind = new("2.412", null, 2.412m), FastestLap = 60.544m, FastestLapNumber = 3,
                LapTimes = [64.010m, 61.205m, 60.544m, 61.770m],
            },
            new DriverLine
            {
                Line = 4, Position = 3, CarNumber = "15", Name = "Ella Brandt", Laps = 3, TotalTime = 199.862m,
                Behind = new("1 Lap", 1, null), FastestLap = 63.004m, FastestLapNumber = 1,
                LapTimes = [63.004m, 66.338m, 70.520m],
            },
        ], sheet.Drivers);
    }

    [Fact]
    public void LapsAlone_InAEuropeanCopy_GiveACarPerNumber_AndSayTheResultsAreMissing()
    {
        var sheet = TimingAssert.Sheet(Tabs($"""
            {LapsHeader}
            ⇥⇥Green Flag⇥⇥⇥⇥⇥14:02:11,120⇥
            1⇥15⇥Ella Brandt⇥1⇥1⇥1:03,004⇥1:03,004⇥14:03:14,124⇥
            2⇥21⇥Sam Rivers⇥1⇥1⇥1:03,212⇥1:03,212⇥14:03:14,332⇥
            3⇥21⇥Sam Rivers⇥2⇥2⇥59,880⇥2:03,092⇥14:04:14,212⇥
            """));

        Assert.Equal("MyLaps/Orbits laps, 2 cars", sheet.Description);
        Assert.Equal(
        [
            "No race name in this paste: heat and class are not known.",
            "Laps only: no results table (places, race times) in this paste.",
            "Columns not read: #, Lead, Elapsed Tm, Time of Day, Speed.",
        ], sheet.Notes);
        // 1:03,004 = 63.004; each car's line is where its first lap stands.
        TimingAssert.Drivers(
        [
            new DriverLine { Line = 3, CarNumber = "15", Name = "Ella Brandt", Laps = 1, LapTimes = [63.004m] },
            new DriverLine { Line = 4, CarNumber = "21", Name = "Sam Rivers", Laps = 2, LapTimes = [63.212m, 59.880m] },
        ], sheet.Drivers);
    }

    [Fact]
    public void ResultsThatDisagreeWithTheLaps_AreSaid()
    {
        var sheet = TimingAssert.Sheet(Tabs($"""
            Pos⇥No.⇥Name⇥Laps⇥Diff⇥Gap⇥Total Tm⇥Best Tm⇥In Lap⇥Nat/State⇥Sponsor
            1⇥21⇥Sam Rivers⇥2⇥⇥⇥2:03.092⇥59.880⇥2⇥⇥
            {LapsHeader}
            1⇥21⇥Sam Rivers⇥1⇥1⇥1:03.212⇥1:03.212⇥14:03:14.332⇥
            2⇥15⇥Ella Brandt⇥1⇥1⇥1:03.004⇥1:03.004⇥14:03:14.124⇥
            """));

        Assert.Equal(
        [
            "No race name in this paste: heat and class are not known.",
            "Columns not read: Gap, Nat/State, Sponsor.",
            "Columns not read: #, Lead, Elapsed Tm, Time of Day, Speed.",
            "Car #21: the results say 2 laps, the lap times hold 1.",
            "Car #15 has lap times but no line in the results.",
        ], sheet.Notes);
        TimingAssert.Drivers(
        [
            new DriverLine
            {
                Line = 2, Position = 1, CarNumber = "21", Name = "Sam Rivers", Laps = 2, TotalTime = 123.092m,
                FastestLap = 59.880m, FastestLapNumber = 2, LapTimes = [63.212m],
            },
            new DriverLine { Line = 5, CarNumber = "15", Name = "Ella Brandt", Laps = 1, LapTimes = [63.004m] },
        ], sheet.Drivers);
    }

    [Theory]
    [InlineData("1⇥21⇥Sam Rivers⇥1⇥1⇥1:03.212⇥⇥⇥\n2⇥21⇥Sam Rivers⇥3⇥3⇥59.880⇥⇥⇥", 3, "lap 2 for car #21 under Laps, not 3")]
    [InlineData("1⇥⇥Sam Rivers⇥1⇥1⇥1:03.212⇥⇥⇥", 2, "a car number under No.")]
    [InlineData("1⇥21⇥Sam Rivers⇥1⇥1⇥1:03.2x2⇥⇥⇥", 2, "a lap time such as 37.112 or 1:03.004 for car #21, not \"1:03.2x2\"")]
    [InlineData("1⇥21⇥Sam Rivers⇥⇥1⇥1:03.212⇥⇥⇥", 2, "the car's lap number under Laps")]
    public void AnUnreadableLapRow_IsRefused_NamingItsLineAndWhatWasExpected(string rows, int line, string expected) =>
        TimingAssert.Refused(Tabs($"{LapsHeader}\n{rows}"), line, expected);

    [Fact]
    public void OneCarNumberOnTwoResultRows_IsRefused_AsTheyWouldShareLaps() =>
        TimingAssert.Refused(Tabs("""
            Pos⇥No.⇥Name⇥Laps⇥Diff⇥Gap⇥Total Tm⇥Best Tm⇥In Lap⇥Nat/State⇥Sponsor
            1⇥21⇥Sam Rivers⇥4⇥⇥⇥4:05.117⇥59.880⇥2⇥⇥
            2⇥21⇥Jo Andersen⇥4⇥2.412⇥2.412⇥4:07.529⇥1:00.544⇥3⇥⇥
            """), 3, "each car number once in the results, but 21 is already there");

    [Fact]
    public void AResultRowWithoutAPlace_IsRefused() =>
        TimingAssert.Refused(Tabs("""
            Pos⇥No.⇥Name⇥Laps⇥Diff⇥Gap⇥Total Tm⇥Best Tm⇥In Lap⇥Nat/State⇥Sponsor
            ⇥21⇥Sam Rivers⇥4⇥⇥⇥4:05.117⇥59.880⇥2⇥⇥
            """), 2, "a finishing position such as 1 under Pos");
}
