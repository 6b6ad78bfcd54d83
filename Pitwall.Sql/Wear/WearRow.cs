namespace Pitwall.Sql.Wear;

/// <summary>A row of Wear_ForCar.sql or Wear_ForSession.sql: the car or session, and one item of its car when it has any.</summary>
public sealed record WearRow(
    int OwnerId, int CarId, string? CarLabel, string? Status, int? Id, string? Kind, string? Name, int? EveryLaps, decimal? EveryHours,
    DateTime? ServicedOn, DateTime? CreatedAt, int Runs, int Laps, decimal Seconds, bool Due, int Sessions, bool Mounted)
{
    public WearItem? Item => Id is { } id
        ? new(id, Kind!, Name!, EveryLaps, EveryHours, ServicedOn, CreatedAt ?? default, Runs, Laps, Seconds, Due, Sessions, Mounted)
        : null;
}
