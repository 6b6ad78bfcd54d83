namespace Pitwall.Sql.Exchange;

/// <summary>
/// A setup_changes row; <paramref name="Session"/> and <paramref name="PreviousSession"/> are indexes in
/// <see cref="CarImport.Sessions"/> (null when the file does not hold that session). Times as text Postgres reads.
/// </summary>
public sealed record ChangeData(
    int? Session, int? PreviousSession, string? Parameter, string? OldValue, string? NewValue, string? LapTimeBefore,
    string? LapTimeAfter, string? Source, string? Status, string? CreatedAt, string? Outcome, string? ComparedWith);
