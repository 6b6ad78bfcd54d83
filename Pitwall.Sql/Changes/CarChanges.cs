namespace Pitwall.Sql.Changes;

/// <summary>A car with every row of setup_changes about it, newest first, as Changes_ForCar.sql builds it.</summary>
public sealed record CarChanges(int CarId, string Brand, string Model, string? Nickname, IReadOnlyList<LoggedChange> Changes)
{
    public string Label => Fleet.CarLabel.Of(Brand, Model, Nickname);
}
