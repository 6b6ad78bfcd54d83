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

public sealed record CarImport(CarData Car, IReadOnlyList<SessionData> Sessions)
{
    public int ResultCount => Sessions.Sum(s => s.Results.Count);
}

public sealed record CarData(string Brand, string Model, string? Nickname, string? Transponder, string Baseline);

public sealed record SessionData(
    string? Name, string Type, string? Date, string? TrackName, string? TrackSize, string? Traction, string? SurfaceType,
    string? SurfaceCondition, string? Status, string Setup, IReadOnlyList<ResultData> Results);

/// <summary>A result with its figures as stored (numbers kept as their JSON text, so nothing is rounded on the way).</summary>
public sealed record ResultData(
    string? Heat, string? RacingClass, int? Position, string? LapTimes, int? Laps, string? BestLap, string? AverageLap,
    string? TotalTime, string? Consistency, string? LiveRcId);

/// <summary>What is wrong in an import file, and where (<c>$.sessions[2].date</c>).</summary>
public sealed record ImportError(string Path, string Message);

/// <summary>What importing did.</summary>
public enum ImportOutcome { Imported, Duplicate, NoRacer }
