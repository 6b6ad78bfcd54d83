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
    public void ThePackages_HoldEveryParameterOnce_AsDesignMdNamesThem()
    {
        Assert.Equal(["Suspension", "Geometry", "Diffs", "Tires", "Power"], SetupPackages.All.Select(p => p.Name));
        Assert.Equal(SetupSheet.Parameters.Select(p => p.Key).Order(), SetupPackages.All.SelectMany(p => p.Parameters).Select(p => p.Key).Order());
        Assert.Equal(["SO_F", "SP_F", "SB_F", "P_F", "SO_R", "SP_R", "SB_R", "P_R"], SetupPackages.Find("suspension")!.Parameters.Select(p => p.Key));
        Assert.Equal(["Engine", "Venturi", "Pipe", "Clutch", "Bell", "Spur"], SetupPackages.Find("Power")!.Parameters.Select(p => p.Key));
        Assert.Null(SetupPackages.Find("Aero"));
    }

    [Fact]
    public void All29Keys_RoundTrip_NumbersAsNumbers()
    {
        var values = SetupSheet.Parameters.ToDictionary(p => p.Key, p => p.IsNumeric ? ((p.Min + p.Max) / 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : $"{p.Key} text");

        var json = SetupValues.Empty.With(values).ToJson(SetupShape.Flat);
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

        var saved = SetupValues.Parse(stored.With(new Dictionary<string, string>(stored.Values) { ["DF"] = "7000" }).ToJson(SetupShape.Nested));

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

    // Values as the earlier tool's real databases hold them (LEGACY.md), worked out by hand.
    const string RealBaseline = """
        {"diffs": {"front": 7000, "center": "10000", "rear": "3000wt"},
         "front": {"shock_oil": "450wt", "spring": "BLANK", "sway_bar": "2,3", "pistons": "1.2x4", "toe": 0,
                   "ride_height": null, "camber": "-2,0", "shock_travel": "2", "bump_stop": "yes"},
         "rear": {"shock_travel": "Outer"},
         "power": {"venturi": "7mm", "bell": 13, "spur": "BLANK", "clutch": null},
         "notes": "keep me"}
        """;

    [Fact]
    public void RealLegacyValues_AreShownAsStored_AndFlaggedWhereTheyBreakARule_ButABlankCellIsNot()
    {
        var setup = SetupValues.Parse(RealBaseline);

        Assert.Equal("2", setup["ST_F"]);
        Assert.Equal("Outer", setup["ST_R"]);
        Assert.Equal("7mm", setup["Venturi"]);
        Assert.Equal("450wt", setup["SO_F"]);
        Assert.Equal("2,3", setup["SB_F"]);
        Assert.Equal("-2,0", setup["C_F"]);
        Assert.Equal("0", setup["Toe_F"]);
        Assert.Equal("", setup["RH_F"]);
        Assert.Equal("null", setup.StoredJson("RH_F"));
        Assert.Equal("null", setup.StoredJson("Clutch"));
        Assert.Equal("yes", setup.Extras["front"]!["bump_stop"]!.GetValue<string>());
        // 450wt and 3000wt are not numbers, BLANK is no spur, 0 cSt is out of range for none here
        // (toe 0 is fine); "2,3" and "-2,0" are valid decimals. The two nulls are blank cells: not flagged.
        Assert.Equal(["DR", "SO_F", "Spur"], setup.Flagged.Order());
    }

    [Theory]
    [InlineData("2,0", 2.0)]
    [InlineData("-2,5", -2.5)]
    [InlineData("1,000", 1.0)]
    [InlineData(" 7000.0 ", 7000.0)]
    [InlineData(",5", 0.5)]
    public void ADecimalComma_IsADecimal_NeverAThousandsSeparator(string text, double expected)
    {
        Assert.True(SetupNumber.TryParse(text, out var number));
        Assert.Equal((decimal)expected, number);
    }

    [Theory]
    [InlineData("450wt")]
    [InlineData("BLANK")]
    [InlineData("1.2x4")]
    [InlineData("1,000,000")]
    [InlineData("")]
    public void TextWithUnitsOrPlaceholders_IsNotANumber(string text) => Assert.False(SetupNumber.TryParse(text, out _));

    [Fact]
    public void SavingUnchanged_KeepsEveryStoredValueExactly_InTheColumnsShape()
    {
        var stored = SetupValues.Parse(RealBaseline);

        var nested = JsonNode.Parse(stored.With(stored.Values).ToJson(SetupShape.Nested))!.AsObject();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RealBaseline), nested), nested.ToJsonString());
    }

    [Fact]
    public void EditingOneParameter_ChangesOnlyThatOne_AndTheFlatShapeKeepsUnknownKeys()
    {
        var stored = SetupValues.Parse(RealBaseline);
        var typed = new Dictionary<string, string>(stored.Values) { ["SO_F"] = "500", ["SB_F"] = "2,5", ["Spur"] = "" };

        var flat = JsonNode.Parse(stored.With(typed).ToJson(SetupShape.Flat))!.AsObject();

        Assert.Equal(500m, flat["SO_F"]!.GetValue<decimal>());
        Assert.Equal(2.5m, flat["SB_F"]!.GetValue<decimal>());
        Assert.False(flat.ContainsKey("Spur"));
        Assert.Equal("3000wt", flat["DR"]!.GetValue<string>());
        Assert.Equal("-2,0", flat["C_F"]!.GetValue<string>());
        Assert.Equal(0, flat["Toe_F"]!.GetValue<int>());
        Assert.True(flat.ContainsKey("RH_F") && flat["RH_F"] is null);
        Assert.Equal("Outer", flat["ST_R"]!.GetValue<string>());
        Assert.Equal("yes", flat["front"]!["bump_stop"]!.GetValue<string>());
        Assert.Equal("keep me", flat["notes"]!.GetValue<string>());
        Assert.False(flat.ContainsKey("diffs"));
    }

    [Fact]
    public void AFlatSetup_IsWrittenNested_ForTheBaselineColumn()
    {
        var stored = SetupValues.Parse("""{"DF": "5000", "SO_F": "600", "Venturi": "6.5", "ST_R": "Inner", "extra": true}""");

        var nested = JsonNode.Parse(stored.With(stored.Values).ToJson(SetupShape.Nested))!.AsObject();

        Assert.Equal("""{"extra":true,"diffs":{"front":"5000"},"front":{"shock_oil":"600"},"rear":{"shock_travel":"Inner"},"power":{"venturi":"6.5"}}""",
            nested.ToJsonString());
    }

    [Fact]
    public void EveryParameter_HasTheLegacyPathTheEarlierToolReads()
    {
        Assert.All(SetupSheet.Parameters, p => Assert.True(SetupSheet.NestedPathOf.ContainsKey(p.Key), p.Key));
        Assert.Equal(("front", "shock_travel"), SetupSheet.NestedPathOf["ST_F"]);
        Assert.Equal(("rear", "shock_travel"), SetupSheet.NestedPathOf["ST_R"]);
        Assert.Equal(("power", "venturi"), SetupSheet.NestedPathOf["Venturi"]);
    }

    [Fact]
    public void ALibrarySetup_IsWrittenNestedWithEveryCell_BlanksAsNull_AndABlankStaysNullUntilAValueIsTyped()
    {
        var flat = SetupValues.Parse("""{"SO_F": 500, "P_F": "1.2x4", "unknown_key": 1}""");

        var nested = JsonNode.Parse(flat.ToJson(SetupShape.NestedEveryCell))!.AsObject();

        // The earlier tool's converter writes all 29 paths: 3 diffs, 9 front, 9 rear, 2 tires, 6 power.
        Assert.Equal([("diffs", 3), ("front", 9), ("rear", 9), ("tires", 2), ("power", 6)],
            SetupSheet.Groups.Select(g => (g.Group, nested[g.Group]!.AsObject().Count)));
        Assert.Equal(500, nested["front"]!["shock_oil"]!.GetValue<int>());
        Assert.Equal("1.2x4", nested["front"]!["pistons"]!.GetValue<string>());
        Assert.True(nested["front"]!.AsObject().ContainsKey("spring") && nested["front"]!["spring"] is null);
        Assert.Equal(1, nested["unknown_key"]!.GetValue<int>());

        // Shown as the form shows it (a null as an empty field), saved unchanged: every null stays null, none is flagged.
        var reread = SetupValues.Parse(nested.ToJsonString());
        var shown = SetupSheet.Parameters.ToDictionary(p => p.Key, p => reread[p.Key] ?? "");
        Assert.Equal(nested.ToJsonString(), reread.With(shown).ToJson(SetupShape.NestedEveryCell));
        Assert.Empty(reread.Flagged);
        var typed = JsonNode.Parse(reread.With(new Dictionary<string, string>(shown) { ["SP_F"] = "Blue" }).ToJson(SetupShape.NestedEveryCell))!;
        Assert.Equal("Blue", typed["front"]!["spring"]!.GetValue<string>());
    }

    [Fact]
    public void TakingFromASetupWithBlankCells_LeavesTheTargetsValuesWhereTheSourceIsBlank()
    {
        var entry = SetupValues.Parse("""{"front": {"shock_oil": 500, "spring": null, "pistons": "1.2x4"}}""");
        var draft = SetupValues.Parse("""{"SO_F": 400, "SP_F": "Blue", "P_F": "1.3x3"}""");

        var taken = draft.Taking(entry, ["SO_F", "SP_F", "P_F"]);

        Assert.Equal("500|Blue|1.2x4", $"{taken["SO_F"]}|{taken["SP_F"]}|{taken["P_F"]}");
        Assert.False(entry.Holds("SP_F"));
        Assert.True(entry.Holds("SO_F"));
    }
}
