namespace Pitwall.Sql.RunNotes;

/// <summary>A session of the active racer and its run notes, oldest first.</summary>
public sealed record SessionNotes(int SessionId, IReadOnlyList<RunNote> Notes);
