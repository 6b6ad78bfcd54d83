namespace Pitwall.Sql.RunNotes;

/// <summary>How often a symptom was tapped in a session, and when last (RunNotes_Taps.sql).</summary>
public sealed record SymptomTaps(string Symptom, int Taps, DateTime LastAt);
