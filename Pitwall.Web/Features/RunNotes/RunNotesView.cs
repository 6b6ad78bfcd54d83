using Pitwall.Sql.RunNotes;

namespace Pitwall.Web.Features.RunNotes;

/// <summary>A session's run notes panel: the grid, the note field (with its message) and the notes in order.</summary>
public sealed record RunNotesView(SessionNotes Session, RunNoteForm Form)
{
    public string? Error(string field) => Form.Errors.GetValueOrDefault(field);
}
