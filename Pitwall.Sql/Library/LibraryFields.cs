namespace Pitwall.Sql.Library;

/// <summary>A whole entry, as a PDF sheet or a form gives it; the setup is JSON text in the library's shape (nested, every cell).</summary>
public sealed record LibraryFields(
    string? Brand, string? Model, string? TrackName, string? Traction, string? SurfaceCondition, string Source,
    LibraryNotes Notes, string Setup);
