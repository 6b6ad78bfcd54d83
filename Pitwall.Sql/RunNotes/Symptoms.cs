using Pitwall.Sql.Changes;

namespace Pitwall.Sql.RunNotes;

/// <summary>
/// The nine symptoms of the grid, row by row (push, loose, the chassis), and how each maps to the
/// closeout's "What the car did" (Closeout.Symptoms): a push on entry is the front washing out; a
/// push mid-corner or on exit is a car that will not rotate (tight); loose is the rear; a traction
/// roll, bottoming and a bad landing are the car unsettled (stability).
/// </summary>
public static class Symptoms
{
    public static readonly IReadOnlyList<Symptom> All =
    [
        new("entry push", "Entry push", "Front-end wash"),
        new("mid-corner push", "Mid-corner push", "Rotation (tight)"),
        new("exit push", "Exit push", "Rotation (tight)"),
        new("entry loose", "Entry loose", "Rear-end loose"),
        new("exit loose", "Exit loose", "Rear-end loose"),
        new("traction roll", "Traction roll", "Stability (bumpy)"),
        new("bottoming", "Bottoming", "Stability (bumpy)"),
        new("landing nose-down", "Landing nose-down", "Stability (bumpy)"),
        new("landing nose-up", "Landing nose-up", "Stability (bumpy)"),
    ];

    public static Symptom? Find(string? value) => All.FirstOrDefault(s => s.Value == value);

    /// <summary>
    /// What the closeout's picker starts on: the "What the car did" symptom the taps add up to most
    /// (each tap counts for the symptom it maps to; a tie goes to the one tapped last); none without taps.
    /// </summary>
    public static string? MostTappedFeel(IEnumerable<SymptomTaps> taps) => taps
        .Select(t => (Feel: Find(t.Symptom)?.Feel, t.Taps, t.LastAt))
        .Where(t => t.Feel is not null)
        .GroupBy(t => t.Feel!)
        .Select(g => (Feel: g.Key, Taps: g.Sum(t => t.Taps), LastAt: g.Max(t => t.LastAt)))
        .OrderByDescending(g => g.Taps).ThenByDescending(g => g.LastAt)
        .Select(g => g.Feel)
        .FirstOrDefault();

    /// <summary>Every feel a symptom maps to is one the closeout accepts (checked by a test).</summary>
    public static bool MapsOntoTheCloseout => All.All(s => Closeout.Symptoms.Contains(s.Feel));
}
