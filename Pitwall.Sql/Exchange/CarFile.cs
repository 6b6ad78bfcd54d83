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
