namespace Pitwall.Sql.Library;

/// <summary>
/// A whole entry, as a PDF sheet or a form gives it; the setup is JSON text in the library's shape
/// (nested, every cell); <see cref="Dated"/> is the racer's day (date_created, the date it shows).
/// </summary>
public sealed record LibraryFields(
    string? Brand, string? Model, string? TrackName, string? Traction, string? SurfaceCondition, string Source,
    LibraryNotes Notes, string Setup, DateOnly Dated);
