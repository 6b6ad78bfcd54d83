namespace Pitwall.Sql.Exchange;

/// <summary>
/// A car as the export file holds it (docs/car-export-format.md): format "pitwall-car",
/// version 2. Setups are flat (Pitwall's keys, values as stored, unknown keys kept); result
/// figures and lap times are carried as stored, so an import gives back what was exported.
/// Version 1 files (a result's consistency as the standard deviation s, one "liveRcId") are
/// still read.
/// </summary>
public static class CarFile
{
    public const string Format = "pitwall-car";
    public const int Version = 2;

    /// <summary>The oldest version an import still reads.</summary>
    public const int OldestReadable = 1;
}
