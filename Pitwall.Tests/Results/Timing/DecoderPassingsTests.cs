using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

public sealed class DecoderPassingsTests
{
    [Fact]
    public void AFeed_GivesEachTransponderItsLaps_DroppingADoubleRead()
    {
        var sheet = TimingAssert.Sheet(DecoderFeed);

        Assert.Equal(TimingLayout.DecoderPassings, sheet.Layout);
        Assert.Equal("Decoder passings, 2 transponders", sheet.Description);
        Assert.Equal(RaceHeading.None, sheet.Heading);
        Assert.Equal(
        [
            "Laps from decoder passings: no names, car numbers, places or race times; each transponder's first passing starts its first lap.",
            "Transponder 4412871: 1 double read dropped (passings less than 5 s after the last kept one).",
        ], sheet.Notes);
        // 4412871 passes at 1834.202, 1849.317, 1851.020, 1864.611, 1879.890. 1851.020 is 1.703 s after
        // 1849.317, under 5 s: a double read. Laps: 1849.317 − 1834.202 = 15.115, 1864.611 − 1849.317 = 15.294,
        // 1879.890 − 1864.611 = 15.279. 2231904: 1865.884 − 1850.006 = 15.878, 1881.402 − 1865.884 = 15.518.
        TimingAssert.Drivers(
        [
            new DriverLine { Line = 2, Transponder = "4412871", Laps = 3, LapTimes = [15.115m, 15.294m, 15.279m], DoubleReads = 1 },
            new DriverLine { Line = 4, Transponder = "2231904", Laps = 2, LapTimes = [15.878m, 15.518m], DoubleReads = 0 },
        ], sheet.Drivers);
    }

    [Fact]
    public void ALongerMinimumLap_DropsMore_AndLapsRunFromTheLastKeptPassing()
    {
        // Minimum 16 s for 4412871: 1849.317 is 15.115 after 1834.202 → dropped; 1851.020 is 16.818 after it → kept;
        // 1864.611 is 13.591 after 1851.020 → dropped; 1879.890 is 28.870 after 1851.020 → kept.
        var laps = DecoderLaps.From(
            [new("4412871", 1834.202m), new("4412871", 1849.317m), new("4412871", 1851.020m), new("4412871", 1864.611m), new("4412871", 1879.890m)],
            minimumLap: 16m);

        var only = Assert.Single(laps);
        Assert.Equal("4412871", only.Transponder);
        Assert.Equal([16.818m, 28.870m], only.Laps);
        Assert.Equal(2, only.DoubleReads);
    }

    [Fact]
    public void APassingExactlyTheMinimumAfter_IsALap_AndOnePassingIsNoLap()
    {
        var laps = DecoderLaps.From([new("1", 100m), new("2", 101m), new("1", 105m)]);

        Assert.Equal(["1", "2"], laps.Select(l => l.Transponder));
        Assert.Equal([5m], laps[0].Laps);
        Assert.Equal(0, laps[0].DoubleReads);
        Assert.Empty(laps[1].Laps);
        Assert.Equal(0, laps[1].DoubleReads);
    }

    [Fact]
    public void TheMinimumLap_IsAParameterOfTheParse()
    {
        var sheet = TimingAssert.Sheet(DecoderFeed, minimumLap: 1m);

        // Under a 1 s minimum, 1851.020 (1.703 s after 1849.317) is a lap: 15.115, 1.703, 13.591 (1864.611 − 1851.020), 15.279.
        Assert.Equal([15.115m, 1.703m, 13.591m, 15.279m], sheet.Drivers[0].LapTimes);
        Assert.Equal(0, sheet.Drivers[0].DoubleReads);
        Assert.DoesNotContain(sheet.Notes, n => n.Contains("double read"));
    }

    const string Start = "@⇥101⇥2210⇥4412871⇥1834.202⇥88⇥41⇥2⇥x1A2F";

    [Theory]
    [InlineData("@⇥101⇥2211⇥4412871⇥18x9.317⇥91⇥43⇥2⇥x77B0", "a passing (@, decoder, sequence, transponder, seconds, … separated by tabs) or a status line starting with #")]
    [InlineData("4412871 1849.317", "a passing (@, decoder, sequence, transponder, seconds")]
    [InlineData("@⇥102⇥2211⇥4412871⇥1849.317⇥91⇥43⇥2⇥x77B0", "passings from one decoder (101), as laps are timed on one loop, not 102")]
    [InlineData("@⇥101⇥2211⇥4412871⇥1830.000⇥91⇥43⇥2⇥x77B0", "a time after 1834.202 s, transponder 4412871's passing on line 1")]
    public void AnUnreadableLine_IsRefused_NamingItsLineAndWhatWasExpected(string second, string expected) =>
        TimingAssert.Refused(Tabs($"{Start}\n{second}"), 2, expected);
}
