using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

public sealed class LiveRcRaceTests
{
    const string Header =
        "Pos⇥Driver⇥Qual⇥Laps/Time⇥Behind⇥Fastest Lap (Lap #)⇥Avg Lap⇥Avg Top 5⇥Avg Top 10⇥Avg Top 15⇥Top 3 Consecutive⇥Std. Deviation⇥Consistency";

    /// <summary>The header, then the winner's row with its fastest-lap cell replaced.</summary>
    static string WinnerWithFastest(string fastest) => Tabs($"""
        {Header}
        1⇥7 SAM RIVERS
        View Laps⇥3⇥31/20:21.904⇥⇥{fastest}⇥39.416⇥37.540⇥37.902⇥38.233⇥1:52.851⇥2.11⇥94.65%
        """);

    [Fact]
    public void TwelveDriverPaste_GivesTheHeadingAndEveryFigureAsPrinted()
    {
        var sheet = TimingAssert.Sheet(LiveRcRace12Drivers);

        Assert.Equal(TimingLayout.LiveRcRace, sheet.Layout);
        Assert.Equal("LiveRC race result, 12 drivers", sheet.Description);
        Assert.Equal(new RaceHeading("1/8 Nitro Buggy A-Main", "1/8 Nitro Buggy", "A-Main", "Main Events", 10, "20:00 Timed"), sheet.Heading);
        Assert.Equal(["Results only: no laps in this paste (LiveRC lists each driver's laps under View Laps)."], sheet.Notes);
        // m:ss.fff is m·60 + ss.fff: 20:21.904 = 1221.904, 1:52.851 = 112.851, 2:00.105 = 120.105.
        // Each driver's row starts on line 5, 7, 9, … as the driver cell takes two lines; the non-starter's takes one.
        TimingAssert.Drivers(
        [
            Row(5, 1, "7", "SAM RIVERS", 3, 31, 1221.904m, null, 37.112m, 17, 39.416m, 37.540m, 37.902m, 38.233m, 112.851m, 2.11m, 94.65m),
            Row(7, 2, "12", "JO ANDERSEN", 1, 30, 1202.337m, new("1 Lap", 1, null), 37.480m, 9, 40.078m, 37.921m, 38.310m, 38.702m, 114.006m, 2.87m, 92.84m),
            Row(9, 3, "3", "MARCO DELGADO", 2, 30, 1209.815m, new("7.478", null, 7.478m), 37.655m, 22, 40.327m, 38.104m, 38.577m, 38.940m, 115.120m, 2.64m, 93.45m),
            Row(11, 4, "22", "KAI NAKAMURA", 5, 30, 1231.402m, new("21.587", null, 21.587m), 38.010m, 14, 41.047m, 38.377m, 38.812m, 39.150m, 115.962m, 3.05m, 92.57m),
            Row(13, 5, "15", "ELLA BRANDT", 4, 29, 1205.118m, new("1 Lap", 1, null), 38.245m, 6, 41.556m, 38.690m, 39.105m, 39.501m, 116.811m, 3.41m, 91.79m),
            Row(15, 6, "31", "TOMAS REYES", 8, 29, 1227.660m, new("22.542", null, 22.542m), 38.402m, 25, 42.333m, 38.955m, 39.460m, 39.871m, 117.540m, 3.92m, 90.74m),
            Row(17, 7, "5", "NINA KOVAC", 6, 28, 1211.270m, new("1 Lap", 1, null), 38.790m, 11, 43.260m, 39.420m, 39.980m, 40.402m, 118.933m, 4.46m, 89.69m),
            Row(19, 8, "18", "OWEN FISCHER", 7, 27, 1214.009m, new("1 Lap", 1, null), 39.118m, 4, 44.963m, 39.802m, 40.377m, 40.915m, 120.105m, 5.12m, 88.61m),
            Row(21, 9, "27", "LIAM O'CONNOR", 10, 26, 1219.584m, new("1 Lap", 1, null), 39.540m, 19, 46.907m, 40.215m, 40.866m, 41.530m, 121.377m, 6.03m, 87.14m),
            Row(23, 10, "9", "ROSA DIAZ", 11, 23, 1208.731m, new("3 Laps", 3, null), 39.877m, 2, 52.554m, 40.610m, 41.390m, 42.218m, 122.998m, 9.87m, 81.22m),
            // Three laps: no Avg Top 5/10/15 printed; 2:15.090 = 135.090 is both the race time and the three in a row.
            Row(25, 11, "44", "BEN ADEYEMI", 12, 3, 135.090m, new("20 Laps", 20, null), 41.902m, 2, 45.030m, null, null, null, 135.090m, 3.84m, 91.47m),
            Row(27, 12, "4", "PAT OKAFOR", 9, 0, null, null, null, null, null, null, null, null, null, null, null),
        ], sheet.Drivers);
    }

    static DriverLine Row(int line, int pos, string car, string name, int qual, int laps, decimal? total, Behind? behind,
        decimal? fastest, int? onLap, decimal? avg, decimal? top5, decimal? top10, decimal? top15, decimal? top3,
        decimal? sd, decimal? consistency) => new()
        {
            Line = line, Position = pos, CarNumber = car, Name = name, Qualified = qual, Laps = laps, TotalTime = total,
            Behind = behind, FastestLap = fastest, FastestLapNumber = onLap, AverageLap = avg, AverageTop5 = top5,
            AverageTop10 = top10, AverageTop15 = top15, Top3Consecutive = top3, StdDev = sd, Consistency = consistency,
        };

    [Fact]
    public void TheSample_FollowsLiveRcsDefinitions_SoItsFiguresAreWhatLiveRcWouldPrint()
    {
        // Avg Lap = race time / laps to the printed 3 decimals (1221.904 / 31 = 39.4163 → 39.416);
        // Consistency = 100 × (1 − sd / Avg Lap) to 2 (100 × (1 − 2.11 / 39.416) = 94.6468 → 94.65).
        foreach (var d in TimingAssert.Sheet(LiveRcRace12Drivers).Drivers.Where(d => d.Laps > 0))
        {
            Assert.Equal(Math.Round(d.TotalTime!.Value / d.Laps!.Value, 3), d.AverageLap);
            Assert.Equal(Math.Round(100m * (1m - d.StdDev!.Value / d.AverageLap!.Value), 2), d.Consistency);
            Assert.True(d.Top3Consecutive >= 3 * d.FastestLap, $"{d.Name}: three laps in a row can't beat three fastest laps");
        }
    }

    [Theory]
    [InlineData("37.112 17", 37.112, 17)] // a space before the superscript
    [InlineData("37.11217", 37.112, 17)] // glued: three decimals, the rest is the lap
    [InlineData("37.4809", 37.480, 9)]
    [InlineData("1:02.34512", 62.345, 12)] // 1·60 + 2.345
    [InlineData("37,11217", 37.112, 17)] // a European copy's decimal comma
    [InlineData("37.112", 37.112, null)] // no lap number at all
    public void FastestLap_IsSplitFromItsLapNumber_AfterExactlyThreeDecimals(string cell, double seconds, int? lap)
    {
        var winner = TimingAssert.Sheet(WinnerWithFastest(cell)).Drivers.Single();

        Assert.Equal((decimal)seconds, winner.FastestLap);
        Assert.Equal(lap, winner.FastestLapNumber);
    }

    [Fact]
    public void ADecimalCommaInEveryFigure_ReadsAsTheDecimalPoint()
    {
        var comma = TimingAssert.Sheet(Tabs($"""
            {Header}
            1⇥7 SAM RIVERS
            View Laps⇥3⇥31/20:21,904⇥⇥37,112 17⇥39,416⇥37,540⇥37,902⇥38,233⇥1:52,851⇥2,11⇥94,65%
            """)).Drivers.Single();

        TimingAssert.Drivers(TimingAssert.Sheet(WinnerWithFastest("37.112 17")).Drivers, [comma]);
        Assert.Equal(1221.904m, comma.TotalTime);
        Assert.Equal(94.65m, comma.Consistency);
    }

    [Fact]
    public void TheSnippetWithoutItsHeading_IsRead_AndSaysHeatAndClassAreUnknown()
    {
        var sheet = TimingAssert.Sheet(Tabs($"""
            {Header}
            1⇥7 SAM RIVERS
            View Laps⇥3⇥31/20:21.904⇥⇥37.112 17⇥39.416⇥37.540⇥37.902⇥38.233⇥1:52.851⇥2.11⇥94.65%
            11⇥4 PAT OKAFOR⇥9⇥0⇥⇥⇥⇥⇥⇥⇥⇥⇥
            """));

        Assert.Equal(RaceHeading.None, sheet.Heading);
        Assert.Equal("LiveRC race result, 2 drivers", sheet.Description);
        Assert.Equal(
        [
            "Results only: no laps in this paste (LiveRC lists each driver's laps under View Laps).",
            "No race name in this paste: heat and class are not known.",
        ], sheet.Notes);
        TimingAssert.Drivers(
        [
            Row(2, 1, "7", "SAM RIVERS", 3, 31, 1221.904m, null, 37.112m, 17, 39.416m, 37.540m, 37.902m, 38.233m, 112.851m, 2.11m, 94.65m),
            new DriverLine { Line = 4, Position = 11, CarNumber = "4", Name = "PAT OKAFOR", Qualified = 9, Laps = 0 },
        ], sheet.Drivers);
    }

    [Fact]
    public void PageTextAroundTheTable_IsNotRead_AndTheNotesSaySo()
    {
        var sheet = TimingAssert.Sheet(Tabs($"""
            LiveRC.com | Race Results
            {Header}
            1⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥37.112 17⇥39.416⇥37.540⇥37.902⇥38.233⇥1:52.851⇥2.11⇥94.65%
            Powered by LiveRC
            © 2026
            """));

        Assert.Equal("7", sheet.Drivers.Single().CarNumber);
        Assert.Equal("SAM RIVERS", sheet.Drivers.Single().Name);
        Assert.Equal(
        [
            "Results only: no laps in this paste (LiveRC lists each driver's laps under View Laps).",
            "No race name in this paste: heat and class are not known.",
            "Lines 1, 4–5 were not read (text around the table).",
        ], sheet.Notes);
    }

    [Fact]
    public void AHeadingWhoseHeatIsNotKnown_KeepsTheWholeName_AndSaysSo()
    {
        var sheet = TimingAssert.Sheet(Tabs($"""
            Club Challenge Run 4 Results [Race #2]
            {Header}
            1⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥
            """));

        Assert.Equal(RaceHeading.None with { RaceName = "Club Challenge Run 4", RaceNumber = 2 }, sheet.Heading);
        Assert.Contains("The heat could not be told from the class in \"Club Challenge Run 4\".", sheet.Notes);
    }

    [Theory]
    [InlineData("7", "7", null)]
    [InlineData("SAM RIVERS", null, "SAM RIVERS")]
    [InlineData("7 SAM RIVERS View Laps", "7", "SAM RIVERS")] // a browser that keeps the link on the same line
    public void ADriverCell_MayLackTheNameOrTheNumber_ButNotBoth(string cell, string? car, string? name)
    {
        var driver = TimingAssert.Sheet(Tabs($"{Header}\n1⇥{cell}⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥")).Drivers.Single();

        Assert.Equal(car, driver.CarNumber);
        Assert.Equal(name, driver.Name);
    }

    [Theory]
    [InlineData("1⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥37.11245⇥39.416⇥⇥⇥⇥⇥⇥", "lap number within the driver's 31 laps")]
    [InlineData("1⇥7 SAM RIVERS⇥3⇥31-20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥", "laps and race time such as 31/20:21.904 under Laps/Time")]
    [InlineData("1⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥37.112 17⇥39.4x⇥⇥⇥⇥⇥⇥", "a time such as 37.112 or 1:03.004 under Avg Lap, not \"39.4x\"")]
    [InlineData("1⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥high", "a percentage such as 94.65% under Consistency")]
    [InlineData("1⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥2.1.1⇥", "a number such as 2.11 under Std. Deviation")]
    [InlineData("1⇥7 SAM RIVERS⇥third⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥", "a whole number under Qual")]
    [InlineData("⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥", "a finishing position such as 3 under Pos")]
    [InlineData("1⇥⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥", "a car number and name such as 7 SAM RIVERS under Driver")]
    [InlineData("1⇥7 SAM RIVERS⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥⇥⇥extra", "at most 13 cells")]
    [InlineData("View Laps⇥3⇥31/20:21.904⇥⇥⇥⇥⇥⇥⇥⇥⇥", "a driver's row (position, then car number and name) before this View Laps line")]
    public void AnUnreadableRow_IsRefused_NamingItsLineAndWhatWasExpected(string row, string expected) =>
        TimingAssert.Refused(Tabs($"{Header}\n{row}"), 2, expected);

    [Fact]
    public void AnUnreadableTwoLineRow_IsRefusedAtItsFirstLine_QuotingBoth()
    {
        var problem = TimingAssert.Refused(Tabs($"""
            {Header}
            1⇥7 SAM RIVERS
            View Laps⇥3⇥31/20:21.904⇥⇥37.112 99⇥⇥⇥⇥⇥⇥⇥
            """));

        Assert.Equal(2, problem.Line);
        Assert.Equal(Tabs("1⇥7 SAM RIVERS View Laps⇥3⇥31/20:21.904⇥⇥37.112 99"), problem.Text); // trailing tabs trimmed
        Assert.Equal("Expected the fastest lap's lap number within the driver's 31 laps under Fastest Lap (Lap #), not \"37.112 99\".", problem.Message);
    }
}
