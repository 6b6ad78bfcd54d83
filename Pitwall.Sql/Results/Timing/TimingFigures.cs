namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// Timings of a pasted heat read, matched and saved <c>Runs</c> times (milliseconds, each run the
/// whole path: parse, the context read, the match, the save), the parse alone, and the write
/// transactions per save (the transactions that wrote the saved results and heats ÷ the saves: 1.0 is
/// one transaction per save).
/// </summary>
public sealed record TimingFigures(
    int Drivers, int Laps, int Runs, int PasteBytes, double ParseP50Ms, double P50Ms, double P95Ms, double P99Ms, double MaxMs,
    double TransactionsPerSave);
