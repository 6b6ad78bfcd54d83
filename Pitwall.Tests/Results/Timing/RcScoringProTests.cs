using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

public sealed class RcScoringProTests
{
    const string LapsNote = "Lap times as the grid prints them, to tenths or hundredths of a second.";

    static DriverLine Summary(int line, int pos, string car, string name, int laps, decimal? total, decimal? fast, Behind? behind,
        params decimal[] lapTimes) => new()
        {
            Line = line, Position = pos, CarNumber = car, Name = name, Laps = laps, TotalTime = total,
            FastestLap = fast, Behind = behind, LapTimes = lapTimes,
        };

    [Fact]
    public void APrintout_GivesTheRaceAndEachCarsSummaryWithItsColumnOfLaps()
    {
        var sheet = TimingAssert.Sheet(RcScoringPro);

        Assert.Equal(TimingLayout.RcScoringPro, sheet.Layout);
        Assert.Equal("RC Scoring Pro printout, 4 cars", sheet.Description);
        Assert.Equal(new RaceHeading("Mod Short Course A Main", "Mod Short Course", "A Main", "3", 6, null), sheet.Heading);
        Assert.Equal([LapsNote], sheet.Notes);
        // Places are the summary's order. 1:17.420 = 77.420; the blank line after lap 2 is no lap; the
        // rows "5/ 5/ 4/ 0/" and "1:17.42 …" are lap counts and elapsed times, not laps.
        TimingAssert.Drivers(
        [
            Summary(4, 1, "1", "Rivers, Sam", 5, 77.420m, 14.902m, null, 15.61m, 14.90m, 15.02m, 16.11m, 15.78m),
            Summary(5, 2, "2", "Andersen, Jo", 5, 78.655m, 15.117m, new("1.235", null, 1.235m), 15.88m, 15.31m, 15.12m, 15.90m, 16.44m),
            Summary(6, 3, "3", "Okafor, Pat", 4, 79.880m, 15.690m, new("1 Lap", 1, null), 16.02m, 15.69m, 16.40m, 31.77m),
            Summary(7, 4, "4", "Brandt, Ella", 0, null, null, null),
        ], sheet.Drivers);
    }

    [Fact]
    public void TwelveCars_WrapTheHeaderOntoASecondBlock_AndTwoDigitPlacesKeepOneDecimal()
    {
        var sheet = TimingAssert.Sheet(RcScoringProTwelveCars);

        Assert.Equal("RC Scoring Pro printout, 12 cars", sheet.Description);
        Assert.Equal(new RaceHeading("Stock Buggy Heat 2", "Stock Buggy", "Heat 2", "1", 2, null), sheet.Heading);
        Assert.Equal([LapsNote], sheet.Notes);
        // Cars 1–10 take their laps from the first block, 11 and 12 from the second. "10/17.4" is place 10, lap 17.4.
        TimingAssert.Drivers(
        [
            Summary(4, 1, "11", "Delgado, Marco", 3, 45.730m, 15.020m, null, 15.51m, 15.02m, 15.20m),
            Summary(5, 2, "1", "Rivers, Sam", 3, 45.770m, 15.100m, new("0.040", null, 0.040m), 15.42m, 15.10m, 15.25m),
            Summary(6, 3, "2", "Andersen, Jo", 3, 46.140m, 15.210m, new("0.410", null, 0.410m), 15.60m, 15.21m, 15.33m),
            Summary(7, 4, "3", "Nakamura, Kai", 3, 46.830m, 15.400m, new("1.100", null, 1.100m), 15.95m, 15.48m, 15.40m),
            Summary(8, 5, "4", "Brandt, Ella", 3, 47.330m, 15.520m, new("1.600", null, 1.600m), 16.20m, 15.52m, 15.61m),
            Summary(9, 6, "5", "Reyes, Tomas", 3, 47.760m, 15.580m, new("2.030", null, 2.030m), 16.48m, 15.70m, 15.58m),
            Summary(10, 7, "6", "Kovac, Nina", 3, 47.940m, 15.900m, new("2.210", null, 2.210m), 16.05m, 15.90m, 15.99m),
            Summary(11, 8, "7", "Fischer, Owen", 3, 49.010m, 15.870m, new("3.280", null, 3.280m), 17.12m, 15.87m, 16.02m),
            Summary(12, 9, "8", "O'Connor, Liam", 3, 49.170m, 15.950m, new("3.440", null, 3.440m), 16.91m, 16.31m, 15.95m),
            Summary(13, 10, "9", "Diaz, Rosa", 3, 49.670m, 16.050m, new("3.940", null, 3.940m), 17.4m, 16.1m, 16.2m),
            Summary(14, 11, "10", "Adeyemi, Ben", 3, 50.670m, 16.380m, new("4.940", null, 4.940m), 17.9m, 16.4m, 16.4m),
            Summary(15, 12, "12", "Okafor, Pat", 2, 35.200m, 16.900m, new("1 Lap", 1, null), 18.3m, 16.9m),
        ], sheet.Drivers);
    }

    [Fact]
    public void ASecondPage_RepeatsTheBannerAndRaceName_AndTheGridRunsOn()
    {
        var sheet = TimingAssert.Sheet("""
            Scoring Software by www.RCScoringPro.com                 7:41:09 PM  3/14/2026
            Mod Short Course A Main                                       Round# 3, Race# 6
            ________________________Driver___Car#____Laps____RaceTime____Fast Lap___Behind_
                           Rivers, Sam    #1      3     0:45.530     14.902
             ___1___
             1/15.61
             1/14.90
            Scoring Software by www.RCScoringPro.com                 7:41:09 PM  3/14/2026
            Mod Short Course A Main                                       Round# 3, Race# 6
             1/15.02
            """);

        Assert.Equal([LapsNote], sheet.Notes);
        TimingAssert.Drivers([Summary(4, 1, "1", "Rivers, Sam", 3, 45.530m, 14.902m, null, 15.61m, 14.90m, 15.02m)], sheet.Drivers);
    }

    [Fact]
    public void AGridWithoutSummary_GivesEachColumnAsACar_AndSaysWhatIsMissing()
    {
        var sheet = TimingAssert.Sheet("""
             ___5___ __12___
             1/15.61 2/15.88

             1/62.34 2/15,31
            """);

        Assert.Equal("RC Scoring Pro printout, 2 cars", sheet.Description);
        // A lap over a minute is printed in seconds (62.34); "15,31" has a decimal comma.
        TimingAssert.Drivers(
        [
            new DriverLine { Line = 1, CarNumber = "5", Laps = 2, LapTimes = [15.61m, 62.34m] },
            new DriverLine { Line = 1, CarNumber = "12", Laps = 2, LapTimes = [15.88m, 15.31m] },
        ], sheet.Drivers);
        Assert.Equal(
        [
            "No race name in this paste: heat and class are not known.",
            "Laps only: no summary lines (names, places, race times) in this paste.",
            LapsNote,
        ], sheet.Notes);
    }

    [Fact]
    public void ASummaryThatDisagreesWithTheGrid_IsSaid()
    {
        var sheet = TimingAssert.Sheet("""
            Scoring Software by www.RCScoringPro.com                 7:41:09 PM  3/14/2026
            Mod Short Course A Main
            ________________________Driver___Car#____Laps____RaceTime____Fast Lap___Behind_
                           Rivers, Sam    #1      3     0:45.530     14.902
                          Andersen, Jo    #2      2     0:31.190     15.310
             ___1___ ___3___
             1/15.61 2/15.88
             1/14.90 2/15.31
            """);

        Assert.Equal(RaceHeading.None with { RaceName = "Mod Short Course A Main", ClassName = "Mod Short Course", HeatName = "A Main" }, sheet.Heading);
        Assert.Equal(
        [
            LapsNote,
            "Car #1: the summary says 3 laps, the grid holds 2.",
            "Car #2 has no column in the lap grid.",
            "Car #3 has laps in the grid but no summary line.",
        ], sheet.Notes);
        TimingAssert.Drivers(
        [
            Summary(4, 1, "1", "Rivers, Sam", 3, 45.530m, 14.902m, null, 15.61m, 14.90m),
            Summary(5, 2, "2", "Andersen, Jo", 2, 31.190m, 15.310m, null),
            new DriverLine { Line = 6, CarNumber = "3", Laps = 2, LapTimes = [15.88m, 15.31m] },
        ], sheet.Drivers);
    }

    const string Top = """
        Scoring Software by www.RCScoringPro.com                 7:41:09 PM  3/14/2026
        Mod Short Course A Main                                       Round# 3, Race# 6
        ________________________Driver___Car#____Laps____RaceTime____Fast Lap___Behind_
                       Rivers, Sam    #1      2     0:30.510     14.902
        """;

    [Theory]
    [InlineData("               Rivers Sam   1     2     0:30.510", 5, "a driver's summary line: name, #car, laps, race time, fast lap, behind")]
    [InlineData("               Andersen, Jo    #2      2     0:3x.510", 5, "the race time such as 6:08.455 after the laps, not \"0:3x.510\"")]
    [InlineData("               Andersen, Jo    #1      2     0:31.190", 5, "each car once in the summary, but car #1 is already there")]
    [InlineData(" ___1___\n 1/15.61\n 1/14.9x", 7, "a lap time such as 37.112 or 1:03.004 for car #1, not \"14.9x\"")]
    [InlineData(" ___1___\n 1/15.61\n 1-14.90", 7, "cells such as 1/15.61 (position/lap time) under each car's header")]
    [InlineData(" ___1___ ___2___\n 1/15.61\n 1/14.90 2/15.31", 7, "no more laps for car #2 after its empty cell on line 6")]
    [InlineData(" ___1___\n 1/15.61\n      2/\n 1/14.90", 8, "only lap counts (24/) or elapsed times after the lap counts began")]
    [InlineData(" ___1___\n 1/15.61\n ___1___", 7, "each car once in the grid's headers, but car #1 already has a column")]
    public void AnUnreadableLine_IsRefused_NamingItsLineAndWhatWasExpected(string lines, int line, string expected) =>
        TimingAssert.Refused($"{Top}\n{lines}", line, expected);
}
