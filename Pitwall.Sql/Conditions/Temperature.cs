using System.Globalization;

namespace Pitwall.Sql.Conditions;

/// <summary>
/// Temperatures are stored in °C, to 0.01 so that a whole °F typed comes back as typed
/// (75 °F is 23.89 °C, shown again as 75 °F); they are shown to 0.1.
/// </summary>
public static class Temperature
{
    public static decimal ToCelsius(decimal value, TemperatureUnit unit) => Math.Round(
        unit == TemperatureUnit.Fahrenheit ? (value - 32m) * 5m / 9m : value, 2, MidpointRounding.AwayFromZero);

    public static decimal ToFahrenheit(decimal celsius) => celsius * 9m / 5m + 32m;

    /// <summary>A difference of temperatures, in °F (no offset: a degree Celsius is 1.8 °F).</summary>
    public static decimal DeltaToFahrenheit(decimal celsius) => celsius * 9m / 5m;

    /// <summary><c>23.9 °C</c>, or in °F from the stored °C: <c>75 °F</c>.</summary>
    public static string Show(decimal celsius, TemperatureUnit unit) => unit == TemperatureUnit.Fahrenheit
        ? $"{Number(ToFahrenheit(celsius))} °F"
        : $"{Number(celsius)} °C";

    /// <summary>One decimal at most, without a trailing ".0": 23.9, 24, −3.5.</summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("0.#", CultureInfo.InvariantCulture);
        return rounded < 0 ? "−" + text : text;
    }
}
