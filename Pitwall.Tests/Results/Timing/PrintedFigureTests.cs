using Pitwall.Sql.Results.Timing;

namespace Pitwall.Tests.Results.Timing;

/// <summary>The timing system's figures beside Pitwall's: labelled the system's only when they differ by more than rounding.</summary>
public sealed class PrintedFigureTests
{
    static PrintedFigure Figure(FieldLine printed, IReadOnlyList<decimal> laps, string name) =>
        PrintedFigure.Of(printed, laps).Single(f => f.Name == name);

    // Laps to the thousandth: 38.100, 37.900, 38.300, 38.000, 38.200 → mean 38.1, best 37.9 on lap 2,
    // s = √((0 + 0.04 + 0.04 + 0.01 + 0.01) ÷ 4) = 0.158114, consistency 100 − 100 × 0.158114 ÷ 38.1 = 99.58500 %.
    static readonly decimal[] Laps = [38.100m, 37.900m, 38.300m, 38.000m, 38.200m];

    [Theory]
    [InlineData("37.900", false)]   // equal
    [InlineData("37.901", false)]   // 0.001 apart: no more than half a thousandth (printed) plus half a thousandth (laps)
    [InlineData("37.902", true)]    // 0.002 apart: more than both roundings together
    [InlineData("37.90", false)]    // printed to the hundredth: 37.900 is within 0.005 + 0.0005
    [InlineData("37.91", true)]     // 0.010 apart: more than 0.0055
    public void AFastestLap_DiffersOnlyBeyondRounding(string printed, bool differs)
    {
        var f = Figure(new FieldLine { FastestLap = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture) }, Laps, "Fastest lap");

        Assert.Equal(37.900m, f.Pitwall);
        Assert.Equal(differs, f.Differs);
    }

    [Fact]
    public void ConsistencyAndStandardDeviation_AreComparedAtThePrintedDigits()
    {
        var figures = PrintedFigure.Of(new FieldLine { StdDev = 0.16m, Consistency = 99.58m, AverageLap = 38.100m, FastestLapNumber = 2 }, Laps);

        // 0.158 is within 0.005 + 0.0005 of 0.16; 99.58500 (100 − 100 × 0.1581139 ÷ 38.1) within 0.005 + 100 × 0.0005 ÷ 38.1
        // = 0.0063 of 99.58: shown to two decimals, 99.59, yet not labelled, as the printed 99.58 is that figure rounded down.
        Assert.All(figures, f => Assert.False(f.Differs, f.Name));
        Assert.Equal("99.58 %", figures.Single(f => f.Name == "Consistency").PrintedText);
        Assert.Equal("99.59 %", figures.Single(f => f.Name == "Consistency").PitwallText);
        Assert.Equal("2", figures.Single(f => f.Name == "Fastest lap set on lap").PitwallText);
    }

    [Fact]
    public void APopulationStandardDeviation_IsTheTimingSystemsOwn_AndLabelledSo()
    {
        // √((0 + 0.04 + 0.04 + 0.01 + 0.01) ÷ 5) = 0.141: a system that divides by n prints 0.14 where Pitwall has 0.158.
        var f = Figure(new FieldLine { StdDev = 0.14m }, Laps, "Standard deviation");

        Assert.True(f.Differs);
        Assert.Equal(("0.14", "0.158"), (f.PrintedText, f.PitwallText));
    }

    [Fact]
    public void WithoutLaps_OnlyThePrintedFiguresShow_NoneLabelled()
    {
        var figures = PrintedFigure.Of(new FieldLine { Laps = 31, TotalTime = 1221.904m, FastestLap = 37.112m, Consistency = 94.65m }, []);

        Assert.Equal(["Laps", "Race time", "Fastest lap", "Consistency"], figures.Select(f => f.Name));
        Assert.All(figures, f => Assert.Equal((null, false), (f.Pitwall, f.Differs)));
        Assert.Equal("20:21.904", figures[1].PrintedText);
    }

    [Fact]
    public void AvgTopN_IsTheMeanOfTheNFastestLaps_AndEmptyWithFewerLaps()
    {
        var figures = PrintedFigure.Of(new FieldLine { AverageTop5 = 38.100m, AverageTop10 = 38.000m }, Laps);

        Assert.Equal(38.1m, figures.Single(f => f.Name == "Avg Top 5").Pitwall);   // all five laps
        Assert.Null(figures.Single(f => f.Name == "Avg Top 10").Pitwall);          // five laps are not ten
    }
}
