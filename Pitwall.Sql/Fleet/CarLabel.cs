namespace Pitwall.Sql.Fleet;

/// <summary>How a car is named wherever a view names it: "Mugen MBX8R “Sunday”", or without quotes when it has no nickname.</summary>
public static class CarLabel
{
    public static string Of(string brand, string model, string? nickname) =>
        nickname is { Length: > 0 } n ? $"{brand} {model} “{n}”" : $"{brand} {model}";
}
