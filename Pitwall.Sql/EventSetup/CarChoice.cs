namespace Pitwall.Sql.EventSetup;

/// <summary>A car of the racer's, as ➕ New Session offers it.</summary>
public sealed record CarChoice(int Id, string Brand, string Model, string? Nickname)
{
    public string Label => Fleet.CarLabel.Of(Brand, Model, Nickname);
}
