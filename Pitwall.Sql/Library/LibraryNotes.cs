namespace Pitwall.Sql.Library;

/// <summary>What the racer adds to an entry: who drove it, where, and a note.</summary>
public sealed record LibraryNotes(string? DriverName, string? EventName, string? Notes);
