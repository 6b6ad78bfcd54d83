using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

/// <summary>Where a racer stands in a field: gaps in seconds per lap, the gap to the fastest lap, ranks, the median lap; worked out by hand.</summary>
public sealed class FieldStandingTests
{
    static IReadOnlyList<FieldLine> Field(string paste) => TimingAssert.Sheet(paste).Drivers.Select(FieldLine.Of).ToList();

    [Fact]
    public void MarcoInTheTwelveDriverAMain_IsThirdOfTwelve_WithGapsInSecondsPerLap_AndHisRanks()
    {
        var s = FieldStanding.Of(Field(LiveRcRace12Drivers), 2);

        Assert.Equal((3, 12, "P3 of 12"), (s.Position, s.FieldSize, s.Place));
        Assert.Equal("SAM RIVERS", s.Winner!.Name);
        Assert.Equal(0.911m, s.GapToWinner);        // Avg Lap 40.327 − 39.416
        Assert.Equal(37.112m, s.FastestLap);        // Sam's, the smallest of the eleven fastest laps
        Assert.Equal(0.543m, s.GapToFastestLap);    // 37.655 − 37.112
        Assert.Equal("JO ANDERSEN", s.CarAhead!.Name);
        Assert.Equal(0.249m, s.GapToCarAhead);      // 40.327 − 40.078
        // Eleven drivers have figures (PAT OKAFOR did not start). Fastest laps: 37.112, 37.480, then his 37.655.
        // Avg Laps: 39.416, 40.078, then his 40.327. Consistency: 94.65, then his 93.45, then 92.84.
        Assert.Equal(new FieldRank(3, 11), s.BestRank);
        Assert.Equal(new FieldRank(3, 11), s.AverageRank);
        Assert.Equal(new FieldRank(2, 11), s.ConsistencyRank);
        // The eleven averages in order: 39.416 40.078 40.327 41.047 41.556 42.333 43.260 44.963 45.030 46.907 52.554; the 6th.
        Assert.Equal(42.333m, s.MedianLap);
        Assert.Equal("A-Main: P3 of 12 · +0.911 s/lap to the winner · +0.543 s to the fastest lap · +0.249 s/lap to P2 · "
                     + "best lap 3rd of 11, average 3rd of 11, consistency 2nd of 11", s.Line("A-Main"));
    }

    [Fact]
    public void TheWinner_HasNoGapToTheWinnerOrTheCarAhead_AndHisFastestLapIsTheHeats()
    {
        var s = FieldStanding.Of(Field(LiveRcRace12Drivers), 0);

        Assert.True(s.IsWinner);
        Assert.Equal(0m, s.GapToWinner);
        Assert.Null(s.CarAhead);
        Assert.Null(s.GapToCarAhead);
        Assert.Equal("P1 of 12 · the winner · the heat's fastest lap · best lap 1st of 11, average 1st of 11, consistency 1st of 11", s.Line(null));
    }

    [Fact]
    public void ARetirementWithAFasterAverage_IsFasterThanTheCarAhead_ByANegativeGap()
    {
        // BEN ADEYEMI, P11 on 3 laps: 45.030 per lap against ROSA DIAZ's 52.554 (P10, 23 laps).
        var s = FieldStanding.Of(Field(LiveRcRace12Drivers), 10);

        Assert.Equal(-7.524m, s.GapToCarAhead);
        Assert.Equal("−7.524", FieldStanding.Gap(s.GapToCarAhead));
        Assert.Equal(new FieldRank(9, 11), s.AverageRank);   // 45.030 is the 9th of the eleven averages above
    }

    [Fact]
    public void ANonStarter_StandsInTheField_WithNoGapsAndNoRanks()
    {
        var s = FieldStanding.Of(Field(LiveRcRace12Drivers), 11);

        Assert.Equal("P12 of 12", s.Place);
        Assert.Equal((null, null, null), (s.GapToWinner, s.GapToFastestLap, s.GapToCarAhead));
        Assert.Equal((null, null, null), (s.BestRank, s.AverageRank, s.ConsistencyRank));
        Assert.Equal("BEN ADEYEMI", s.CarAhead!.Name);   // P11, though his pace cannot be set against none
        Assert.Equal("P12 of 12", s.Line(null));
    }

    [Fact]
    public void AFieldWithoutPlaces_RanksTheLapsButHasNoWinnerOrCarAhead()
    {
        // The decoder feed: 4412871's laps 15.115, 15.294, 15.279 (mean 15.229); 2231904's 15.878, 15.518 (mean 15.698).
        var s = FieldStanding.Of(Field(DecoderFeed), 0);

        Assert.Equal("2 drivers", s.Place);
        Assert.Null(s.Winner);
        Assert.Null(s.GapToWinner);
        Assert.Equal(0m, s.GapToFastestLap);
        Assert.Equal(new FieldRank(1, 2), s.AverageRank);
        Assert.Equal(15.4635m, s.MedianLap);   // (15.229 + 15.698) ÷ 2
    }

    [Fact]
    public void TheSecondHeat_FollowsLiveRcsDefinitions_AndPutsMarcoSecondOfFour()
    {
        var field = Field(LiveRcQualifier4);
        var s = FieldStanding.Of(field, 1);

        // Avg Lap = race time ÷ laps (314.906 ÷ 8 = 39.363); Consistency = 100 × (1 − 1.20 ÷ 39.363) = 96.95.
        foreach (var d in field.Where(d => d.Laps > 0))
        {
            Assert.Equal(Math.Round(d.TotalTime!.Value / d.Laps!.Value, 3), d.AverageLap);
            Assert.Equal(Math.Round(100m * (1m - d.StdDev!.Value / d.AverageLap!.Value), 2), d.Consistency);
        }
        Assert.Equal(("3", "M. DELGADO", 38.044m, 7), (field[1].CarNumber, field[1].Name, field[1].FastestLap, field[1].FastestLapNumber));
        // 39.363 − 38.805 to the winner, who is also the car ahead; 38.044 − 37.881 to the fastest lap.
        Assert.Equal("Qualifier 4: P2 of 4 · +0.558 s/lap to the winner · +0.163 s to the fastest lap · +0.558 s/lap to P1 · "
                     + "best lap 2nd of 3, average 2nd of 3, consistency 2nd of 3", s.Line("Qualifier 4"));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    public void Ordinals_ReadAsRacersSayThem(int n, string text) => Assert.Equal(text, FieldRank.Ordinal(n));

    [Fact]
    public void DriversLevelOnAFigure_ShareAPlace()
    {
        decimal?[] bests = [37.1m, 37.2m, 37.2m, 37.5m, null];

        Assert.Equal(new FieldRank(2, 4), FieldRank.Among((decimal?)37.2m, bests, lowerIsBetter: true));
        Assert.Equal(new FieldRank(4, 4), FieldRank.Among((decimal?)37.5m, bests, lowerIsBetter: true));
        Assert.Equal(new FieldRank(1, 4), FieldRank.Among((decimal?)37.5m, bests, lowerIsBetter: false));
    }
}
