namespace Pitwall.Sql.RunNotes;

/// <summary>A run note: a tapped symptom, a free note or both, with its time and the heat being entered then.</summary>
public sealed record RunNote(int Id, DateTime At, string? Symptom, string? Note, string? Heat)
{
    /// <summary>"Entry push · heat Q1 · pushes on the jump" (a symptom another tool wrote, as written).</summary>
    public string Text => string.Join(" · ", new[]
    {
        Symptom is { } s ? Symptoms.Find(s)?.Label ?? s : null, Heat is { } h ? $"heat {h}" : null, Note,
    }.Where(t => !string.IsNullOrEmpty(t)));
}
