namespace Pitwall.Sql.Conditions;

/// <summary>A conditions entry as the racer typed it, temperatures already in °C.</summary>
public sealed record NewConditions(decimal? AirC, decimal? TrackC, int? HumidityPct, string? Sky, int? Grip, string? Note, TemperatureUnit Unit);
