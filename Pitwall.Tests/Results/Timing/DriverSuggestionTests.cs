using Pitwall.Sql.Results.Timing;
using static Pitwall.Tests.Results.Timing.TimingSamples;

namespace Pitwall.Tests.Results.Timing;

/// <summary>Which line Pitwall suggests: the car's transponder, a car number (typed, else remembered), a name chosen before, the racer's name.</summary>
public sealed class DriverSuggestionTests
{
    static readonly IReadOnlyList<DriverLine> AMain = TimingAssert.Sheet(LiveRcRace12Drivers).Drivers;

    static TimingContext Racer(string name, string? transponder = null, string? rememberedCar = null, params string[] rememberedKeys) =>
        new(1, 1, name, transponder, null, rememberedCar, rememberedKeys.Length == 0 ? null : string.Join('\n', rememberedKeys));

    [Fact]
    public void TheRacersName_FindsTheirLine_BlindToCaseAndOrder()
    {
        var s = DriverSuggestion.For(AMain, Racer("Delgado, Marco"), null);

        Assert.Equal((ChosenBy.Name, 2), (s.By, s.Only));
    }

    [Fact]
    public void ATypedCarNumber_BeatsTheRememberedOne_AndBothBeatTheName()
    {
        var typed = DriverSuggestion.For(AMain, Racer("Marco Delgado", rememberedCar: "7"), "22");
        var remembered = DriverSuggestion.For(AMain, Racer("Marco Delgado", rememberedCar: "7"), " ");

        Assert.Equal((ChosenBy.CarNumber, 3), (typed.By, typed.Only));        // 22 KAI NAKAMURA
        Assert.Equal((ChosenBy.CarNumber, 0), (remembered.By, remembered.Only)); // 7 SAM RIVERS
    }

    [Fact]
    public void ANameChosenBefore_IsSuggestedWhenNoNumberMatches_BeforeTheRacersOwnName()
    {
        var s = DriverSuggestion.For(AMain, Racer("Marco Delgado", rememberedCar: "99", rememberedKeys: ["andersen jo"]), null);

        Assert.Equal((ChosenBy.Remembered, 1), (s.By, s.Only));
        Assert.Equal(ChosenBy.Remembered, s.ChosenAs(1));
        Assert.Equal(ChosenBy.Picked, s.ChosenAs(2));   // the racer picked another line than suggested
    }

    [Fact]
    public void TheCarsTransponder_DecidesFirst()
    {
        var feed = TimingAssert.Sheet(DecoderFeed).Drivers;

        var s = DriverSuggestion.For(feed, Racer("Marco Delgado", transponder: "2231904", rememberedCar: "7"), null);

        Assert.Equal((ChosenBy.Transponder, 1), (s.By, s.Only));
        Assert.Equal("transponder 2231904", TimingKey.Of(feed[1]));   // what choosing it remembers
    }

    [Fact]
    public void NothingMatching_SuggestsNothing_ButAFieldOfOne_SuggestsItsLine()
    {
        var none = DriverSuggestion.For(AMain, Racer("Ana"), null);
        var one = DriverSuggestion.For(TimingAssert.Sheet(LiveRcLaps).Drivers, Racer("Ana"), null);

        Assert.Equal(MatchOutcome.None, none.Outcome);
        Assert.Null(none.Only);
        Assert.Equal((ChosenBy.Picked, 0), (one.By, one.Only));
    }

    [Fact]
    public void SeveralLinesOfOneName_AreAllSuggested_ForTheRacerToChoose()
    {
        var twins = TimingAssert.Sheet(LiveRcRace12Drivers.Replace("12 JO ANDERSEN", "12 MARCO DELGADO")).Drivers;

        var s = DriverSuggestion.For(twins, Racer("Marco Delgado"), null);

        Assert.Equal(MatchOutcome.Several, s.Outcome);
        Assert.Equal([1, 2], s.Lines);
    }
}
