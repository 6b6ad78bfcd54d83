namespace Pitwall.Sql.Library;

/// <summary>A whole entry, as a PDF sheet or a form gives it; the setup is flat JSON text.</summary>
public sealed record LibraryFields(
    string? Brand, string? Model, string? TrackName, string? Traction, string? SurfaceCondition, string Source,
    LibraryNotes Notes, string Setup);
