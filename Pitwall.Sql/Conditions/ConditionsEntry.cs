namespace Pitwall.Sql.Conditions;

/// <summary>
/// One entry of a session's conditions timeline, as sessions.weather holds it under
/// <c>pitwall_conditions</c> (README "At the track"): temperatures in °C, the unit they were typed in.
/// </summary>
public sealed record ConditionsEntry(
    int N, DateTimeOffset? At, decimal? AirC, decimal? TrackC, int? HumidityPct, string? Sky, int? Grip, string? Note,
    TemperatureUnit Unit)
{
    /// <summary>What the entry holds, in the unit it was typed in: "Air 24 °C · Track 38 °C · Sun · Grip 4/5 · 45 % humidity".</summary>
    public IEnumerable<string> Parts
    {
        get
        {
            if (AirC is { } air) yield return $"Air {Temperature.Show(air, Unit)}";
            if (TrackC is { } track) yield return $"Track {Temperature.Show(track, Unit)}";
            if (Sky is { } sky) yield return ConditionsRules.SkyLabel(sky);
            if (Grip is { } grip) yield return $"Grip {grip}/5";
            if (HumidityPct is { } humidity) yield return $"{humidity} % humidity";
        }
    }
}
