namespace Pitwall.Sql.Library;

/// <summary>A setup of the deployment's library as its list shows it (adopted rows may leave any field empty).</summary>
public sealed record LibraryEntry(
    int Id, string? Brand, string? Model, string? TrackName, string? Traction, string? SurfaceCondition,
    string? Source, string? DriverName, string? EventName, string? Notes, DateOnly? DateCreated, string? SubmittedBy)
{
    public string Title => string.Join(" ", new[] { Brand, Model }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } t ? t : "Setup";
}
