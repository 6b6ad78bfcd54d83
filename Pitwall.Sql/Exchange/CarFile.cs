namespace Pitwall.Sql.Exchange;

/// <summary>
/// A car as the export file holds it (docs/car-export-format.md): format "pitwall-car",
/// version 1. Setups are flat (Pitwall's keys, values as stored, unknown keys kept); result
/// figures and lap times are carried as stored, so an import gives back what was exported.
/// </summary>
public static class CarFile
{
    public const string Format = "pitwall-car";
    public const int Version = 1;
}

/// <param name="BaselineHistory">The car's earlier baselines, oldest first (may be empty: files before issue 13's history).</param>
/// <param name="Changes">The car's change log, oldest first (may be empty).</param>
public sealed record CarImport(CarData Car, IReadOnlyList<SessionData> Sessions,
    IReadOnlyList<BaselineEntryData> BaselineHistory, IReadOnlyList<ChangeData> Changes)
{
    public int ResultCount => Sessions.Sum(s => s.Results.Count);
}

public sealed record CarData(string Brand, string Model, string? Nickname, string? Transponder, string Baseline);

public sealed record SessionData(
    string? Name, string Type, string? Date, string? TrackName, string? TrackSize, string? Traction, string? SurfaceType,
    string? SurfaceCondition, string? Status, string Setup, IReadOnlyList<ResultData> Results, CloseoutData? Closeout = null);

/// <summary>A closed session's closeout; <paramref name="ClosedAt"/> as UTC text Postgres reads, null for the import's time.</summary>
public sealed record CloseoutData(int Rating, string? Feel, string? Observation, string? ClosedAt);

/// <summary>
/// A baseline history entry. <paramref name="Session"/> is the index in <see cref="CarImport.Sessions"/> of the
/// session it was made from (null when that session is not in the file); <paramref name="RestoredFrom"/> the index of
/// an earlier entry of the list. <paramref name="Setup"/> is nested, as vehicles.baseline_setup holds it.
/// </summary>
public sealed record BaselineEntryData(string Setup, string Source, int? Session, int? RestoredFrom, string? SavedAt);

/// <summary>
/// A setup_changes row; <paramref name="Session"/> and <paramref name="PreviousSession"/> are indexes in
/// <see cref="CarImport.Sessions"/> (null when the file does not hold that session). Times as text Postgres reads.
/// </summary>
public sealed record ChangeData(
    int? Session, int? PreviousSession, string? Parameter, string? OldValue, string? NewValue, string? LapTimeBefore,
    string? LapTimeAfter, string? Source, string? Status, string? CreatedAt, string? Outcome, string? ComparedWith);

/// <summary>A result with its figures as stored (numbers kept as their JSON text, so nothing is rounded on the way).</summary>
public sealed record ResultData(
    string? Heat, string? RacingClass, int? Position, string? LapTimes, int? Laps, string? BestLap, string? AverageLap,
    string? TotalTime, string? Consistency, string? LiveRcId);

/// <summary>What is wrong in an import file, and where (<c>$.sessions[2].date</c>).</summary>
public sealed record ImportError(string Path, string Message);

/// <summary>What importing did.</summary>
public enum ImportOutcome { Imported, Duplicate, NoRacer }
