namespace Pitwall.Sql.Library;

/// <summary>An entry with its setup as stored: JSON text, nested (the earlier tool's sheet, as Pitwall writes it too) or flat (older rows), unknown keys kept.</summary>
public sealed record LibrarySetup(
    int Id, string? Brand, string? Model, string? TrackName, string? Traction, string? SurfaceCondition,
    string? Source, string? DriverName, string? EventName, string? Notes, DateOnly? DateCreated, string? SubmittedBy, string Setup)
{
    public LibraryEntry Entry => new(Id, Brand, Model, TrackName, Traction, SurfaceCondition, Source, DriverName, EventName, Notes, DateCreated, SubmittedBy);
}
