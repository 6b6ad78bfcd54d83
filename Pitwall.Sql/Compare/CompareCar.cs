namespace Pitwall.Sql.Compare;

public sealed record CompareCar(int Id, string Brand, string Model, string? Nickname)
{
    public string Label => Fleet.CarLabel.Of(Brand, Model, Nickname);
}
