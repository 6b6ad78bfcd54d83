namespace Pitwall.Sql.Exchange;

/// <summary>
/// A baseline history entry. <paramref name="Session"/> is the index in <see cref="CarImport.Sessions"/> of the
/// session it was made from (null when that session is not in the file); <paramref name="RestoredFrom"/> the index of
/// an earlier entry of the list. <paramref name="Setup"/> is nested, as vehicles.baseline_setup holds it.
/// </summary>
public sealed record BaselineEntryData(string Setup, string Source, int? Session, int? RestoredFrom, string? SavedAt);
