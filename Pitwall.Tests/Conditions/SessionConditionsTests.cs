using Pitwall.Sql.Conditions;

namespace Pitwall.Tests.Conditions;

/// <summary>sessions.weather as Pitwall reads it: its own timeline, and every other key shown as the earlier tool wrote it.</summary>
public sealed class SessionConditionsTests
{
    const string Weather = """
        {"temp_c": 24, "wind": "gusty",
         "pitwall_conditions": [
            {"n": 1, "at": "2026-11-28T09:05:00+00:00", "air_c": 18.33, "track_c": 25, "sky": "cloud", "grip": 3, "unit": "F"},
            {"n": 2, "at": "2026-11-28T13:40:00+00:00", "air_c": 24, "track_c": 38.5, "sky": "sun", "grip": 4, "humidity_pct": 40, "note": "dusty"}]}
        """;

    [Fact]
    public void TheTimeline_AndTheEarlierToolsKeys_AreBothRead()
    {
        var c = SessionConditions.Parse(Weather);

        Assert.Equal([1, 2], c.Entries.Select(e => e.N));
        Assert.Equal(TemperatureUnit.Fahrenheit, c.Entries[0].Unit);
        Assert.Equal("dusty", c.Entries[1].Note);
        Assert.Equal([("Temperature", "24 °C"), ("wind", "gusty")], c.FromEarlierTool);
        Assert.Equal(24m, c.EarlierToolTempC);
    }

    [Fact]
    public void TheSummary_GivesEachMeasureAsItsRange_InTheUnitOfTheLatestTemperature()
    {
        // Latest temperature typed in °C: air 18.33–24 → "18.3–24 °C", track 25–38.5 → "25–38.5 °C".
        Assert.Equal("Air 18.3–24 °C · Track 25–38.5 °C · ☁️ Cloud, ☀️ Sun · Grip 3–4/5 · 40 % humidity · Temperature 24 °C · wind gusty",
            SessionConditions.Parse(Weather).Summary);
    }

    [Fact]
    public void TheMeans_AreOverTheEntriesThatHoldTheMeasure()
    {
        var c = SessionConditions.Parse(Weather);

        Assert.Equal(21.165m, c.MeanAirC);     // (18.33 + 24) ÷ 2
        Assert.Equal(31.75m, c.MeanTrackC);    // (25 + 38.5) ÷ 2
        Assert.Equal(3.5m, c.MeanGrip);
        Assert.Equal(40m, c.MeanHumidity);     // only the second holds one
    }

    [Theory]
    [InlineData("\"sunny\"", "\"sunny\"")]
    [InlineData("[1, 2]", "[1,2]")]
    public void WeatherThatIsNotAnObject_IsShownAsItIs_AndNotAddedTo(string weather, string shown)
    {
        var c = SessionConditions.Parse(weather);

        Assert.False(c.Readable);
        Assert.Empty(c.Entries);
        Assert.Equal(("Weather", shown), c.FromEarlierTool.Single());
    }

    [Fact]
    public void NoWeather_IsEmpty() => Assert.True(SessionConditions.Parse(null).IsEmpty);
}
