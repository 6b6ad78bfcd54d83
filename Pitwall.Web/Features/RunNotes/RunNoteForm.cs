using Pitwall.Sql.RunNotes;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.RunNotes;

/// <summary>
/// A tap on the grid (the symptom is the button's value), the free note beside it, or both; and the
/// heat of the result being entered at that moment, when the Add Result form is open.
/// </summary>
public sealed class RunNoteForm
{
    public const int NoteMax = 200, HeatMax = 100;

    public string? Symptom { get; set; }
    public string? Note { get; set; }
    public string? Heat { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public bool Validate()
    {
        Errors.Clear();
        if (TextRules.Clean(Symptom) is { } symptom && Symptoms.Find(symptom) is null) Errors[nameof(Symptom)] = "Tap one of the nine symptoms.";
        if (TextRules.Clean(Note) is { Length: > NoteMax }) Errors[nameof(Note)] = $"Use at most {NoteMax} characters.";
        TextRules.CheckReadable(Errors, (nameof(Note), Note), (nameof(Heat), Heat));
        if (Errors.Count == 0 && TextRules.Clean(Symptom) is null && TextRules.Clean(Note) is null)
            Errors[nameof(Note)] = "Tap a symptom or type a note.";
        return Errors.Count == 0;
    }

    public string? CleanSymptom => TextRules.Clean(Symptom);
    public string? CleanNote => TextRules.Clean(Note);

    /// <summary>The heat being entered; one longer than a heat can be is not a heat (left out).</summary>
    public string? CleanHeat => TextRules.Clean(Heat) is { Length: <= HeatMax } heat ? heat : null;
}
