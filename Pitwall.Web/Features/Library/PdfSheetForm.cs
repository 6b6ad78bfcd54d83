using Pitwall.Sql.Library;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// "Import PDF sheet": the upload (with the maker, when detection should not decide, and the car
/// it is for, when opened on a car), then the values read, saved to the library with the
/// entry's details. The values travel in the form as read, never stored until "Save to library".
/// </summary>
public sealed class PdfSheetForm
{
    public const int TextMax = 100;

    public int? Car { get; set; }
    public string? Maker { get; set; }
    public string? Brand { get; set; }
    public string? Model { get; set; }
    public string? TrackName { get; set; }
    public string? Traction { get; set; }
    public string? SurfaceCondition { get; set; }
    public string? Source { get; set; } = "Factory base";
    public string? DriverName { get; set; }
    public string? EventName { get; set; }
    public string? Notes { get; set; }
    public Dictionary<string, string> Setup { get; set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public bool Validate()
    {
        Errors.Clear();
        foreach (var (key, value) in Setup)
        {
            if (SetupSheet.Find(key) is null) Errors["Setup"] = $"\"{key}\" is not a parameter of the setup sheet.";
            else if ((value ?? "").Length > TextMax) Errors["Setup"] = $"The value of {key} is longer than {TextMax} characters.";
        }
        if (Setup.Count == 0) Errors["Setup"] = "No setup value was read from the sheet: nothing to save.";
        if (!LibrarySources.All.Contains(Source ?? "")) Errors[nameof(Source)] = "Choose where this setup comes from.";
        // The library's table requires brand, model and track (the earlier tool's NOT NULLs).
        if (TextRules.Clean(Brand) is null) Errors[nameof(Brand)] = "Name the car's brand.";
        if (TextRules.Clean(Model) is null) Errors[nameof(Model)] = "Name the car's model.";
        if (TextRules.Clean(TrackName) is null) Errors[nameof(TrackName)] = "Name the track this setup is for: the library sorts setups by track.";
        foreach (var (field, value, max) in new[] { (nameof(Brand), Brand, 100), (nameof(Model), Model, 100), (nameof(TrackName), TrackName, 255),
                     (nameof(Traction), Traction, 50), (nameof(SurfaceCondition), SurfaceCondition, 50), (nameof(DriverName), DriverName, 255),
                     (nameof(EventName), EventName, 255), (nameof(Notes), Notes, SaveForm.NotesMax) })
            if (TextRules.Clean(value) is { } text && text.Length > max) Errors[field] = $"Use at most {max} characters.";
        TextRules.CheckReadable(Errors, (nameof(Brand), Brand), (nameof(Model), Model), (nameof(TrackName), TrackName), (nameof(Notes), Notes),
            (nameof(DriverName), DriverName), (nameof(EventName), EventName), ("Setup", string.Concat(Setup.Values)));
        return Errors.Count == 0;
    }

    public LibraryFields ToFields(DateOnly today) => new(
        TextRules.Clean(Brand), TextRules.Clean(Model), TextRules.Clean(TrackName), TextRules.Clean(Traction), TextRules.Clean(SurfaceCondition),
        Source!, new LibraryNotes(TextRules.Clean(DriverName), TextRules.Clean(EventName), TextRules.Clean(Notes)),
        SetupValues.Empty.With(Setup).ToJson(SetupShape.NestedEveryCell), today);

    public IEnumerable<FieldModel> Fields()
    {
        string? E(string key) => Errors.GetValueOrDefault(key);
        yield return new("pdf", nameof(Brand), "Brand", Brand, E(nameof(Brand)), Optional: false);
        yield return new("pdf", nameof(Model), "Model", Model, E(nameof(Model)), Optional: false);
        yield return new("pdf", nameof(TrackName), "Track", TrackName, E(nameof(TrackName)), Optional: false);
        yield return new("pdf", nameof(Traction), "Traction", Traction, E(nameof(Traction)), Options: Pitwall.Sql.EventSetup.SessionRules.Tractions);
        yield return new("pdf", nameof(SurfaceCondition), "Surface condition", SurfaceCondition, E(nameof(SurfaceCondition)));
        yield return new("pdf", nameof(Source), "Source", Source, E(nameof(Source)), Options: LibrarySources.All, Optional: false);
        yield return new("pdf", nameof(DriverName), "Driver name", DriverName, E(nameof(DriverName)));
        yield return new("pdf", nameof(EventName), "Event name", EventName, E(nameof(EventName)));
        yield return new("pdf", nameof(Notes), "Notes", Notes, E(nameof(Notes)), Multiline: true);
    }
}
