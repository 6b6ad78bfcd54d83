namespace Pitwall.Sql.Library;

/// <summary>A row of Library_List.sql: an entry of the page, the count of matching entries, or a filter's option.</summary>
public sealed record LibraryListRow(
    string Kind, int? Id, string? Brand, string? Model, string? TrackName, string? Traction, string? SurfaceCondition,
    string? Source, string? DriverName, string? EventName, string? Notes, DateOnly? DateCreated, string? SubmittedBy,
    string? Facet, string? Value, long? Entries)
{
    public LibraryEntry Entry => new(Id!.Value, Brand, Model, TrackName, Traction, SurfaceCondition, Source, DriverName, EventName, Notes,
        DateCreated, SubmittedBy);
}
