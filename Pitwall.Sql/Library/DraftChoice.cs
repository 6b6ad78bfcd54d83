namespace Pitwall.Sql.Library;

/// <summary>An open draft an entry can go into, with its car's label.</summary>
public sealed record DraftChoice(int Id, string? Name, DateOnly? Date, string Car);
