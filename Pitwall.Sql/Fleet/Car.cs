namespace Pitwall.Sql.Fleet;

/// <summary>A car with its baseline setup as stored (JSON text).</summary>
public sealed record Car(int Id, string Brand, string Model, string? Nickname, string? Transponder, string Baseline);
