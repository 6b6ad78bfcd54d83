namespace Pitwall.Sql.Wear;

/// <summary>A tire set, engine or part as the racer names it, with at most one interval.</summary>
public sealed record NewWearItem(string Kind, string Name, int? EveryLaps, decimal? EveryHours);
