using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pitwall.Sql.Library;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Library;

/// <summary>"Save to library" from a session or a car's baseline: who drove it, the event, notes (and, for a car, the source).</summary>
public sealed class SaveForm
{
    public const int NameMax = 255;
    public const int NotesMax = 2000;

    public int? Session { get; set; }
    public int? Car { get; set; }
    public string? Source { get; set; }
    public string? TrackName { get; set; }
    public string? DriverName { get; set; }
    public string? EventName { get; set; }
    public string? Notes { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The entry made, once saved.</summary>
    [BindNever] public int? Saved { get; set; }

    public string What => Session is not null ? "this session's setup" : "this car's baseline";

    public bool Validate()
    {
        Errors.Clear();
        if (Session is null == Car is null) Errors[""] = "Choose a session or a car to save.";
        if (Car is not null && !LibrarySources.All.Contains(Source ?? "")) Errors[nameof(Source)] = "Choose where this setup comes from.";
        if (TextRules.Clean(TrackName) is not { } track) Errors[nameof(TrackName)] = "Name the track this setup is for: the library sorts setups by track.";
        else if (track.Length > NameMax) Errors[nameof(TrackName)] = $"Use at most {NameMax} characters.";
        if (TextRules.Clean(DriverName) is { Length: > NameMax }) Errors[nameof(DriverName)] = $"Use at most {NameMax} characters.";
        if (TextRules.Clean(EventName) is { Length: > NameMax }) Errors[nameof(EventName)] = $"Use at most {NameMax} characters.";
        if (TextRules.Clean(Notes) is { Length: > NotesMax }) Errors[nameof(Notes)] = $"Use at most {NotesMax} characters.";
        TextRules.CheckReadable(Errors, (nameof(TrackName), TrackName), (nameof(DriverName), DriverName), (nameof(EventName), EventName), (nameof(Notes), Notes));
        return Errors.Count == 0;
    }

    /// <summary>
    /// The track typed, once Validate passed. A method, not a property: MVC validates a bound
    /// model's properties, and a non-nullable one that is null before Validate (a blank Track)
    /// made the request a 400 instead of the 422 beside the field.
    /// </summary>
    public string Track() => TextRules.Clean(TrackName)!;

    public LibraryNotes ToNotes() => new(TextRules.Clean(DriverName), TextRules.Clean(EventName), TextRules.Clean(Notes));

    public IEnumerable<FieldModel> Fields()
    {
        string? E(string key) => Errors.GetValueOrDefault(key);
        if (Car is not null)
            yield return new("library-save", nameof(Source), "Source", Source ?? "Other", E(nameof(Source)), Options: LibrarySources.All, Optional: false);
        yield return new("library-save", nameof(TrackName), "Track", TrackName, E(nameof(TrackName)), Optional: false);
        yield return new("library-save", nameof(DriverName), "Driver name", DriverName, E(nameof(DriverName)));
        yield return new("library-save", nameof(EventName), "Event name", EventName, E(nameof(EventName)));
        yield return new("library-save", nameof(Notes), "Notes", Notes, E(nameof(Notes)), Multiline: true);
    }
}
