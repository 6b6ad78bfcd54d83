using System.Text.Json.Nodes;
using Pitwall.Sql.Setup;

namespace Pitwall.Tests.Setup;

public sealed class SetupValuesTests
{
    [Fact]
    public void TheSheet_Has29UniqueParametersInFiveGroups()
    {
        Assert.Equal(29, SetupSheet.Parameters.Count);
        Assert.Equal(29, SetupSheet.Parameters.Select(p => p.Key).Distinct().Count());
        Assert.Equal(["diffs", "front", "rear", "tires", "power"], SetupSheet.Groups.Select(g => g.Group));
        Assert.All(SetupSheet.Parameters, p => Assert.Contains(SetupSheet.Groups, g => g.Group == p.Group));
    }

    [Fact]
    public void All29Keys_RoundTrip_NumbersAsNumbers()
    {
        var values = SetupSheet.Parameters.ToDictionary(p => p.Key, p => p.IsNumeric ? ((p.Min + p.Max) / 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : $"{p.Key} text");

        var json = SetupValues.Empty.With(values).ToJson();
        var back = SetupValues.Parse(json);

        Assert.Equal(values.OrderBy(kv => kv.Key), back.Values.OrderBy(kv => kv.Key));
        Assert.Equal(System.Text.Json.JsonValueKind.Number, JsonNode.Parse(json)!["SO_F"]!.GetValueKind());
        Assert.Empty(back.Flagged);
    }

    [Fact]
    public void LegacyNestedSetup_IsMappedToPitwallKeys_KeepingWhatHasNoCounterpart()
    {
        const string legacy = """
            {"diffs": {"front": 7000, "center": 10000, "rear": 3000, "brand": "AE"},
             "front": {"shock_oil": 500, "spring": "Blue", "pistons": "1.2x4", "toe": -1, "ride_height": 27, "camber": -2, "droop": 5, "sway_bar": 2.3},
             "rear": {"shock_oil": "thick"},
             "tires": {"tread": "Chunky", "compound": "Green"},
             "power": {"engine": "REDS", "pipe": "2113", "clutch": "4 shoe", "bell": 13, "spur": 48},
             "notes": "keep me"}
            """;

        var setup = SetupValues.Parse(legacy);

        Assert.Equal("7000", setup["DF"]);
        Assert.Equal("10000", setup["DC"]);
        Assert.Equal("500", setup["SO_F"]);
        Assert.Equal("1.2x4", setup["P_F"]);
        Assert.Equal("-1", setup["Toe_F"]);
        Assert.Equal("Green", setup["Compound"]);
        Assert.Equal("13", setup["Bell"]);
        Assert.Equal("thick", setup["SO_R"]);
        Assert.Equal(["SO_R"], setup.Flagged);
        Assert.Equal("keep me", setup.Extras["notes"]!.GetValue<string>());
        Assert.Equal("AE", setup.Extras["diffs"]!["brand"]!.GetValue<string>());
    }

    [Fact]
    public void SavingALegacySetupAgain_LosesNothing()
    {
        const string legacy = """{"front": {"shock_oil": "thick", "unknown_part": 1}, "notes": "keep me"}""";
        var stored = SetupValues.Parse(legacy);

        var saved = SetupValues.Parse(stored.With(new Dictionary<string, string>(stored.Values) { ["DF"] = "7000" }).ToJson());

        Assert.Equal("thick", saved["SO_F"]);
        Assert.Equal("7000", saved["DF"]);
        Assert.Equal("keep me", saved.Extras["notes"]!.GetValue<string>());
        Assert.Equal(1, saved.Extras["front"]!["unknown_part"]!.GetValue<int>());
    }

    [Fact]
    public void AFlatKey_WinsOverTheLegacyPathItReplaced()
    {
        var setup = SetupValues.Parse("""{"SO_F": 550, "front": {"shock_oil": 500}}""");

        Assert.Equal("550", setup["SO_F"]);
    }

    [Theory]
    [InlineData("SO_F", "abc", "whole number")]
    [InlineData("SO_F", "45.5", "whole number")]
    [InlineData("Toe_F", "45", "from -10 to 10 deg")]
    [InlineData("SB_R", "two", "number")]
    [InlineData("SP_F", "a spring name that is far too long for the sheet", "at most 40")]
    public void Check_NamesWhatIsWrong(string key, string value, string expected) =>
        Assert.Contains(expected, SetupSheet.Find(key)!.Check(value));

    [Fact]
    public void Differs_ComparesNumbersAsNumbers()
    {
        var a = SetupValues.Parse("""{"SO_F": 500, "SP_F": "Blue"}""");
        var b = SetupValues.Parse("""{"SO_F": "500.0", "SP_F": "Red"}""");

        Assert.False(a.Differs("SO_F", b));
        Assert.True(a.Differs("SP_F", b));
        Assert.True(a.Differs("DF", SetupValues.Parse("""{"DF": 7000}""")));
    }
}
