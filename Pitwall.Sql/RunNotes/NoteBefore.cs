namespace Pitwall.Sql.RunNotes;

/// <summary>A run note that preceded a logged change (pitwall_run_notes_before, in the Changes view), with its session.</summary>
public sealed record NoteBefore(DateTime At, string? Symptom, string? Note, string? Heat, string? SessionName)
{
    public string Text => new RunNote(0, At, Symptom, Note, Heat).Text;
}
