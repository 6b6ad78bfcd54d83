using Pitwall.Sql.Compare;
using Pitwall.Sql.Setup;

namespace Pitwall.Tests.Compare;

/// <summary>Compare's equality rules and match percentages, against values worked out by hand.</summary>
public sealed class SetupComparisonTests
{
    [Theory]
    [InlineData("DF", "7000", "7000.0", true)]        // equal numbers
    [InlineData("SB_F", "2,0", "2", true)]            // a decimal comma is a decimal
    [InlineData("Toe_F", "1.004", "1", true)]         // within 0.01 deg
    [InlineData("Toe_F", "1.01", "1", false)]
    [InlineData("SO_F", "450.4", "450", true)]        // cSt compares to 1
    [InlineData("SP_F", " Blue", "blue ", true)]      // text: trimmed, ignoring case
    [InlineData("P_F", "1.2x4", "1.2X4", true)]
    [InlineData("SO_F", "450wt", "450WT", true)]      // not a number: compared as text
    [InlineData("SO_F", "450wt", "450", false)]
    [InlineData("SO_F", "", null, true)]              // blank and missing say the same
    [InlineData("SO_F", "0", "", false)]
    public void Same_FollowsTheUnitsPrecisionForNumbers_AndIgnoresCaseForText(string key, string? a, string? b, bool same) =>
        Assert.Equal(same, SetupEquality.Same(SetupSheet.Find(key)!, a, b));

    [Fact]
    public void MatchPercentages_PerPackageAndOverall_AreTheHandWorkedOnes()
    {
        var a = SetupValues.Parse("""
            {"SO_F": 450, "SO_R": "500", "SP_F": "Blue", "SP_R": "Blue", "SB_F": "2,0", "P_F": "1.2x4",
             "Toe_F": -1, "C_F": -2.5, "RH_F": 28, "Droop_R": 10,
             "DF": 7000, "DC": 10000, "DR": 5000, "Tread": "Bar Codes", "Compound": "Green",
             "Engine": "OS 21", "Bell": 14, "Spur": 46}
            """);
        var b = SetupValues.Parse("""
            {"front": {"shock_oil": "450.0", "spring": " blue ", "sway_bar": 2, "pistons": "1.2X4", "toe": -1, "camber": -2, "ride_height": 28.004},
             "rear": {"shock_oil": 550, "spring": "Gold", "droop": "10,0"},
             "diffs": {"front": "7000", "center": 10000, "rear": 5000}, "tires": {"tread": "Bar codes", "compound": "Super Soft"},
             "power": {"engine": "OS 21", "bell": 13, "spur": 46, "pipe": "2091"}}
            """);

        var compared = SetupComparison.Of(a, b);
        var byName = compared.Packages.ToDictionary(p => p.Name);

        // Suspension: SO_F, SP_F, SB_F, P_F the same; SO_R, SP_R differ; SB_R, P_R blank on both sides → 4 of 6.
        Assert.Equal((4, 6, 67), (byName["Suspension"].Matching, byName["Suspension"].Counted, byName["Suspension"].MatchPercent));
        // Geometry: Toe_F, RH_F (28 = 28.004 at 0.01 mm), Droop_R the same; C_F differs → 3 of 4.
        Assert.Equal((3, 4, 75), (byName["Geometry"].Matching, byName["Geometry"].Counted, byName["Geometry"].MatchPercent));
        Assert.Equal((3, 3, 100), (byName["Diffs"].Matching, byName["Diffs"].Counted, byName["Diffs"].MatchPercent));
        // Tires: Tread the same ignoring case; Compound differs → 1 of 2.
        Assert.Equal((1, 2, 50), (byName["Tires"].Matching, byName["Tires"].Counted, byName["Tires"].MatchPercent));
        // Power: Engine, Spur the same; Bell differs; Pipe only on B → 2 of 4.
        Assert.Equal((2, 4, 50), (byName["Power"].Matching, byName["Power"].Counted, byName["Power"].MatchPercent));
        // Overall: 13 of 19 = 68.42 % → 68 %, not the mean of the packages (68.4… happens to round alike; 13/19 is the rule).
        Assert.Equal((13, 19, 68), (compared.Matching, compared.Counted, compared.MatchPercent));
    }

    [Fact]
    public void NumericDifferences_AreSigned_BMinusA_AtTheUnitsPrecision()
    {
        var a = SetupValues.Parse("""{"SO_R": 500, "C_F": -2.5, "Bell": 14, "SP_R": "Blue"}""");
        var b = SetupValues.Parse("""{"SO_R": "550", "C_F": "-2,0", "Bell": 13, "SP_R": "Gold"}""");

        var rows = SetupComparison.Of(a, b).Packages.SelectMany(p => p.Parameters).ToDictionary(p => p.Parameter.Key);

        Assert.Equal("+50", SetupEquality.Signed(rows["SO_R"].Difference!.Value, rows["SO_R"].Parameter));
        Assert.Equal("+0.5", SetupEquality.Signed(rows["C_F"].Difference!.Value, rows["C_F"].Parameter));
        Assert.Equal("−1", SetupEquality.Signed(rows["Bell"].Difference!.Value, rows["Bell"].Parameter));
        Assert.Null(rows["SP_R"].Difference);
        Assert.False(rows["SP_R"].Same);
    }

    [Fact]
    public void TwoEmptySetups_HaveNoMatchPercentage()
    {
        var compared = SetupComparison.Of(SetupValues.Empty, SetupValues.Empty);
        Assert.Null(compared.MatchPercent);
        Assert.All(compared.Packages, p => Assert.Null(p.MatchPercent));
    }

    [Theory]
    [InlineData("car-12", "car", 12)]
    [InlineData("baseline-3", "baseline", 3)]
    [InlineData("session-45", "session", 45)]
    [InlineData("session-0", null, 0)]
    [InlineData("session--4", null, 0)]
    [InlineData("vehicle-4", null, 0)]
    [InlineData("session-4x", null, 0)]
    public void ASideIsNamedByKindAndId(string text, string? kind, int id)
    {
        var parsed = SetupRef.Parse(text);
        Assert.Equal(kind, parsed?.Kind);
        if (kind is not null) Assert.Equal(id, parsed!.Id);
    }
}
