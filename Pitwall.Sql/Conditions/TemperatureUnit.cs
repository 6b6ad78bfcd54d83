namespace Pitwall.Sql.Conditions;

/// <summary>The unit a racer typed a temperature in; Pitwall stores °C.</summary>
public enum TemperatureUnit { Celsius, Fahrenheit }
