using Pitwall.Sql.Results;

namespace Pitwall.Tests.Results;

/// <summary>Each figure against values worked out by hand in the comments, not recomputed with the same code.</summary>
public sealed class LapFiguresTests
{
    static void Near(decimal expected, decimal? actual) => Assert.Equal((double)expected, (double)actual!.Value, 3);

    [Fact]
    public void FiveLaps_GiveEveryFigure()
    {
        // 25 24 26 25 25: mean 25, squares of deviations 0+1+1+0+0 = 2, s = sqrt(2/4) = 0.70711.
        // Consistency 100 − 100·0.70711/25 = 97.172. Fade: last five 25 / fastest three (24+25+25)/3
        // = 24.667 → +1.351 %. Best 3 consecutive: 25+24+26 = 75. ORP: 97.172 − 2·1.351 = 94.469.
        var f = LapFigures.Of([25m, 24m, 26m, 25m, 25m]);

        Assert.Equal(5, f.Laps);
        Assert.Equal(24m, f.Best);
        Assert.Equal(25m, f.Average);
        Assert.Equal(125m, f.Total);
        Near(0.70711m, f.StdDev);
        Near(97.172m, f.Consistency);
        Near(1.351m, f.FadePercent);
        Assert.Equal(75m, f.Best3Consecutive);
        Near(94.469m, f.Orp);
    }

    [Fact]
    public void TwoLaps_HaveConsistencyAndOrp_ButNoFadeOrBest3()
    {
        // 30 31: mean 30.5, s = sqrt(0.5/1) = 0.70711, consistency 100 − 100·0.70711/30.5 = 97.682 = ORP.
        var f = LapFigures.Of([30m, 31m]);

        Near(97.682m, f.Consistency);
        Near(97.682m, f.Orp);
        Assert.Null(f.FadePercent);
        Assert.Null(f.Best3Consecutive);
    }

    [Fact]
    public void OneLap_HasOnlyBestAverageAndTotal()
    {
        var f = LapFigures.Of([42.5m]);

        Assert.Equal(42.5m, f.Best);
        Assert.Equal(42.5m, f.Average);
        Assert.Null(f.Consistency);
        Assert.Null(f.Orp);
        Assert.Equal("—", LapFigures.Score(f.Orp));
    }

    [Fact]
    public void AHeavyFade_CostsOrpAtMost20()
    {
        // 20 20 20 30 30 30 30 30: mean 26.25, squares 3·39.0625 + 5·14.0625 = 187.5, s = sqrt(187.5/7) = 5.17549,
        // consistency 100 − 19.716 = 80.284; fade 30/20 → +50 %, so ORP loses min(20, 100) = 20 → 60.284.
        var f = LapFigures.Of([20m, 20m, 20m, 30m, 30m, 30m, 30m, 30m]);

        Near(80.284m, f.Consistency);
        Near(50m, f.FadePercent);
        Near(60.284m, f.Orp);
    }

    [Fact]
    public void Consistency_IsClampedAtZero_WhenTheLapsSpreadMoreThanTheirMean()
    {
        // 1 100: mean 50.5, s = 70.004, 100 − 138.6 → 0 (no fade with two laps: ORP is the consistency).
        var f = LapFigures.Of([1m, 100m]);

        Assert.Equal(0m, f.Consistency);
        Assert.Equal(0m, f.Orp);
    }

    [Fact]
    public void Orp_IsClampedAtZero_WhenTheFadeDeductionExceedsAConsistencyAboveZero()
    {
        // 2 2 2 10 10: mean 5.2, s = √(76.8 / 4) = 4.3818, consistency 100 − 84.265 = 15.735;
        // fade: last five 5.2 over fastest three 2 → +160 %; ORP = max(0, 15.735 − min(20, 320)) = 0.
        var f = LapFigures.Of([2m, 2m, 2m, 10m, 10m]);

        Near(15.735m, f.Consistency);
        Near(160m, f.FadePercent);
        Assert.Equal(0m, f.Orp);
    }

    [Fact]
    public void ASteadyRun_WithNoFade_KeepsOrpEqualToConsistency()
    {
        // Fade: last five (3·25.1 + 2·25.3)/5 = 25.18, fastest three 25.1 → +0.319 %: under +1 %, no deduction.
        var f = LapFigures.Of([25.1m, 25.3m, 25.1m, 25.1m, 25.3m]);

        Assert.Equal(f.Consistency, f.Orp);
        Near(0.319m, f.FadePercent);
    }

    [Theory]
    [InlineData(24.5164, "24.516")]
    [InlineData(62.345, "1:02.345")]
    [InlineData(59.9996, "1:00.000")]
    [InlineData(600, "10:00.000")]
    public void Times_ShowAsSecondsBelowAMinute_AndMinutesFromAMinuteOn(double seconds, string shown) =>
        Assert.Equal(shown, LapFigures.Time((decimal)seconds));

    [Fact]
    public void Fade_ShowsSigned() =>
        Assert.Equal(["+2.4 %", "−0.5 %", "—"], new decimal?[] { 2.4m, -0.5m, null }.Select(LapFigures.Percent));
}
