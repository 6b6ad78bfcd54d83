using Pitwall.Sql.Conditions;
using Pitwall.Web.Features.Conditions;

namespace Pitwall.Tests.Conditions;

/// <summary>Temperatures are stored in °C (to 0.01), typed in °C or °F, shown to 0.1 in the unit they were typed in.</summary>
public sealed class TemperatureTests
{
    [Theory]
    // (°F − 32) × 5 ÷ 9, rounded to 0.01: 75 → 43 × 5 ÷ 9 = 23.888… → 23.89; 0 → −32 × 5 ÷ 9 = −17.777… → −17.78;
    // 98.6 → 66.6 × 5 ÷ 9 = 37 exactly; the two fixed points 32 → 0 and 212 → 100; −40 is −40 in both.
    [InlineData("75", TemperatureUnit.Fahrenheit, "23.89")]
    [InlineData("0", TemperatureUnit.Fahrenheit, "-17.78")]
    [InlineData("98.6", TemperatureUnit.Fahrenheit, "37.00")]
    [InlineData("32", TemperatureUnit.Fahrenheit, "0.00")]
    [InlineData("212", TemperatureUnit.Fahrenheit, "100.00")]
    [InlineData("-40", TemperatureUnit.Fahrenheit, "-40.00")]
    [InlineData("-40", TemperatureUnit.Celsius, "-40")]
    [InlineData("24.444", TemperatureUnit.Celsius, "24.44")]
    [InlineData("24.445", TemperatureUnit.Celsius, "24.45")]
    public void ToCelsius_ConvertsAndRoundsToAHundredth(string typed, TemperatureUnit unit, string celsius) =>
        Assert.Equal(decimal.Parse(celsius, System.Globalization.CultureInfo.InvariantCulture),
            Temperature.ToCelsius(decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture), unit));

    [Fact]
    public void AWholeFahrenheitTyped_IsShownAgainAsTyped_AndInCelsiusToATenth()
    {
        var stored = Temperature.ToCelsius(75m, TemperatureUnit.Fahrenheit); // 23.89 °C

        // 23.89 × 9 ÷ 5 + 32 = 75.002 → 75 °F; 23.89 → 23.9 °C.
        Assert.Equal("75 °F", Temperature.Show(stored, TemperatureUnit.Fahrenheit));
        Assert.Equal("23.9 °C", Temperature.Show(stored, TemperatureUnit.Celsius));
        Assert.Equal("−3.5 °C", Temperature.Show(-3.45m, TemperatureUnit.Celsius)); // half away from zero
    }

    [Fact]
    public void ADifference_InFahrenheit_HasNoOffset() => Assert.Equal(4.5m, Temperature.DeltaToFahrenheit(2.5m)); // 2.5 × 1.8

    [Theory]
    [InlineData("75", "F", 23.89)]
    [InlineData("24,5", "C", 24.5)]   // a decimal comma is a decimal
    [InlineData(" 31 ", "C", 31)]
    public void TheForm_StoresWhatWasTyped_InCelsius(string air, string unit, double celsius)
    {
        var form = new ConditionsForm { Air = air, Unit = unit };

        Assert.True(form.Validate());
        Assert.Equal((decimal)celsius, form.ToConditions().AirC);
    }

    [Theory]
    // 150 °F is 65.56 °C, above the 60 °C an air temperature may be; the message speaks the unit typed
    // (−30 °C = −22 °F, 60 °C = 140 °F).
    [InlineData("150", "F", "Air", "Enter the air temperature as a number from −22 to 140 °F.")]
    [InlineData("warm", "C", "Air", "Enter the air temperature as a number from −30 to 60 °C.")]
    [InlineData("", "K", "Unit", "Choose °C or °F.")]
    public void TheForm_RefusesWhatIsNotATemperature_NamingTheField(string air, string unit, string field, string message)
    {
        var form = new ConditionsForm { Air = air, Unit = unit, Grip = "3" };

        Assert.False(form.Validate());
        Assert.Equal(message, form.Errors[field]);
    }

    [Fact]
    public void AnEmptyEntry_IsRefused() => Assert.False(new ConditionsForm { Unit = "C" }.Validate());
}
