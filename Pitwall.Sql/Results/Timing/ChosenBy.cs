using System.Text.Json.Serialization;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// How the racer's line of a heat was found: the suggestion the racer confirmed (the car's
/// transponder, a car number, a timing name the racer chose before, the racer's own name), or a
/// line the racer picked. Written by name (timing_heats.chosen_by), as the database's rule lists them.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChosenBy>))]
public enum ChosenBy { Transponder, CarNumber, Remembered, Name, Picked }
