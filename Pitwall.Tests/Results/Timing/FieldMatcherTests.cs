using Pitwall.Sql.Results.Timing;

namespace Pitwall.Tests.Results.Timing;

public sealed class FieldMatcherTests
{
    static readonly DriverLine Rivers = new() { Line = 2, CarNumber = "7", Name = "RIVERS, SAM", Transponder = "4412871" };
    static readonly DriverLine Andersen = new() { Line = 3, CarNumber = "12", Name = "Jo Andersen", Transponder = "2231904" };
    static readonly DriverLine Odegard = new() { Line = 4, CarNumber = "3", Name = "Søren Ødegård" };
    static readonly DriverLine[] Field = [Rivers, Andersen, Odegard];

    [Fact]
    public void TheTransponder_DecidesFirst_EvenWhenNumberAndNamePointElsewhere()
    {
        var match = FieldMatcher.Find(Field, "2231904", carNumber: "7", name: "Sam Rivers");

        Assert.Equal(MatchedBy.Transponder, match.By);
        Assert.Equal(MatchOutcome.One, match.Outcome);
        Assert.Same(Andersen, Assert.Single(match.Lines));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("#7")]
    [InlineData(" 7 ")]
    public void TheCarNumber_DecidesWhenTheTransponderIsNotInTheField(string car)
    {
        var match = FieldMatcher.Find(Field, "9999999", car, "Jo Andersen");

        Assert.Equal(MatchedBy.CarNumber, match.By);
        Assert.Same(Rivers, Assert.Single(match.Lines));
    }

    [Theory]
    [InlineData("Sam Rivers")]
    [InlineData("sam  rivérs")]
    [InlineData("RIVERS SAM")]
    [InlineData("Rivers,Sam.")]
    public void TheName_DecidesLast_BlindToCaseAccentsOrderAndPunctuation(string name)
    {
        var match = FieldMatcher.Find(Field, null, null, name);

        Assert.Equal(MatchedBy.Name, match.By);
        Assert.Same(Rivers, Assert.Single(match.Lines));
    }

    [Fact]
    public void TwoLinesWithTheRacersName_AreSeveral_ForTheRacerToChoose()
    {
        var twice = new DriverLine { Line = 9, CarNumber = "70", Name = "Sam Rivers" };

        var match = FieldMatcher.Find([.. Field, twice], transponder: null, carNumber: "99", name: "sam rivers");

        Assert.Equal(MatchedBy.Name, match.By);
        Assert.Equal(MatchOutcome.Several, match.Outcome);
        Assert.Equal([Rivers, twice], match.Lines);
    }

    [Fact]
    public void NothingThatMatches_IsNone()
    {
        var match = FieldMatcher.Find(Field, "1", "99", "Pat Okafor");

        Assert.Equal(MatchedBy.Nothing, match.By);
        Assert.Equal(MatchOutcome.None, match.Outcome);
        Assert.Empty(match.Lines);
    }

    [Fact]
    public void AnEmptyName_MatchesNoLineWithoutAName()
    {
        var decoderLine = new DriverLine { Line = 1, Transponder = "4412871" };

        Assert.Equal(MatchOutcome.None, FieldMatcher.Find([decoderLine], null, null, "").Outcome);
        Assert.Equal(MatchOutcome.None, FieldMatcher.Find([decoderLine], null, null, null).Outcome);
    }

    [Theory]
    [InlineData("Søren Ødegård", "ODEGARD, SOREN")] // ø
    [InlineData("Jürgen Groß", "gross jurgen")] // ü, ß
    [InlineData("Iñaki Muñoz", "MUNOZ IÑAKI")] // ñ
    [InlineData("José Pérez", "Jose Perez")] // é
    [InlineData("Rene\u0301 Lefèvre", "René Lefevre")] // é typed as e + combining acute
    [InlineData("Łukasz Dvořák", "lukasz dvorak")]
    [InlineData("Liam O'Connor", "OCONNOR, LIAM")] // an apostrophe joins
    [InlineData("Jean-Luc Picard", "Picard Jean Luc")] // a hyphen separates
    public void Names_AreTheSame_WithoutCaseAccentsOrderOrPunctuation(string a, string b) =>
        Assert.True(NameKey.Same(a, b), $"\"{NameKey.Of(a)}\" vs \"{NameKey.Of(b)}\"");

    [Theory]
    [InlineData("Sam Rivers", "Sam River")]
    [InlineData("Jo Andersen", "Jo Anderson")]
    [InlineData("", "")]
    [InlineData("!!", "??")]
    public void DifferentOrEmptyNames_AreNotTheSame(string a, string b) => Assert.False(NameKey.Same(a, b));

    [Fact]
    public void TheKey_IsTheFoldedWordsInOrder() => Assert.Equal("odegard soren", NameKey.Of("  ØDEGÅRD,  Søren "));
}
