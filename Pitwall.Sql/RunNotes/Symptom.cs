namespace Pitwall.Sql.RunNotes;

/// <summary>
/// A handling symptom of the run-notes grid: stored as <see cref="Value"/> in activity_log's details
/// (the words the earlier tool's advisor reads), shown as <see cref="Label"/>, and filed at closeout
/// under <see cref="Feel"/>, one of the closeout's "What the car did" symptoms.
/// </summary>
public sealed record Symptom(string Value, string Label, string Feel);
