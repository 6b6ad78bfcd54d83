namespace Pitwall.Sql.Conditions;

/// <summary>What a conditions entry may hold (the form checks them; the key is the one README documents).</summary>
public static class ConditionsRules
{
    /// <summary>The key of sessions.weather that Pitwall owns; every other key is kept as it is.</summary>
    public const string Key = "pitwall_conditions";

    public const int MaxEntries = 24;
    public const int NoteMax = 200;
    public const decimal AirMinC = -30, AirMaxC = 60, TrackMinC = -30, TrackMaxC = 90;

    /// <summary>Sky as stored, and as the racer reads it.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Skies =
        [("sun", "☀️ Sun"), ("cloud", "☁️ Cloud"), ("rain", "🌧 Rain"), ("night", "🌙 Night")];

    public static string SkyLabel(string sky) => Skies.FirstOrDefault(s => s.Value == sky).Label ?? sky;
}
