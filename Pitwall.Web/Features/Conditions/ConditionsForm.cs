using System.Globalization;
using Pitwall.Sql.Conditions;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Conditions;

/// <summary>
/// A conditions entry as typed on the phone: air and track temperature in °C or °F (a decimal comma
/// is a decimal), humidity %, sky, grip as it felt (1–5) and a note. Any one of them makes an entry.
/// </summary>
public sealed class ConditionsForm
{
    public string? Air { get; set; }
    public string? Track { get; set; }
    public string? Unit { get; set; } = "C";
    public string? Humidity { get; set; }
    public string? Sky { get; set; }
    public string? Grip { get; set; }
    public string? Note { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public TemperatureUnit TemperatureUnit => Unit == "F" ? TemperatureUnit.Fahrenheit : TemperatureUnit.Celsius;

    decimal? _airC, _trackC;
    int? _humidity, _grip;

    public bool Validate()
    {
        Errors.Clear();
        if (Unit is not ("C" or "F")) Errors[nameof(Unit)] = "Choose °C or °F.";
        _airC = TemperatureC(nameof(Air), Air, "air", ConditionsRules.AirMinC, ConditionsRules.AirMaxC);
        _trackC = TemperatureC(nameof(Track), Track, "track", ConditionsRules.TrackMinC, ConditionsRules.TrackMaxC);
        _humidity = Whole(nameof(Humidity), Humidity, 0, 100, "Enter the humidity as a whole percent from 0 to 100.");
        _grip = Whole(nameof(Grip), Grip, 1, 5, "Choose the grip from 1 (ice) to 5 (glue).");
        if (TextRules.Clean(Sky) is { } sky && ConditionsRules.Skies.All(s => s.Value != sky)) Errors[nameof(Sky)] = "Choose sun, cloud, rain or night.";
        if (TextRules.Clean(Note) is { Length: > ConditionsRules.NoteMax }) Errors[nameof(Note)] = $"Use at most {ConditionsRules.NoteMax} characters.";
        TextRules.CheckReadable(Errors, (nameof(Note), Note));
        if (Errors.Count == 0 && _airC is null && _trackC is null && _humidity is null && _grip is null
            && TextRules.Clean(Sky) is null && TextRules.Clean(Note) is null)
            Errors[nameof(Air)] = "Enter at least one of them: a temperature, humidity, sky, grip or a note.";
        return Errors.Count == 0;
    }

    public NewConditions ToConditions() => new(_airC, _trackC, _humidity, TextRules.Clean(Sky), _grip, TextRules.Clean(Note), TemperatureUnit);

    decimal? TemperatureC(string field, string? typed, string what, decimal minC, decimal maxC)
    {
        if (TextRules.Clean(typed) is not { } text) return null;
        var unit = TemperatureUnit;
        if (!SetupNumber.TryParse(text, out var value) || Temperature.ToCelsius(value, unit) is var c && (c < minC || c > maxC))
        {
            var (min, max, suffix) = unit == TemperatureUnit.Fahrenheit
                ? (Temperature.Number(Temperature.ToFahrenheit(minC)), Temperature.Number(Temperature.ToFahrenheit(maxC)), "°F")
                : (Temperature.Number(minC), Temperature.Number(maxC), "°C");
            Errors[field] = $"Enter the {what} temperature as a number from {min} to {max} {suffix}.";
            return null;
        }
        return Temperature.ToCelsius(value, unit);
    }

    int? Whole(string field, string? typed, int min, int max, string message)
    {
        if (TextRules.Clean(typed) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Errors[field] = message;
        return null;
    }
}
