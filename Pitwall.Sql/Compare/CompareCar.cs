namespace Pitwall.Sql.Compare;

public sealed record CompareCar(int Id, string Brand, string Model, string? Nickname)
{
    public string Label => Nickname is { Length: > 0 } n ? $"{Brand} {Model} “{n}”" : $"{Brand} {Model}";
}
