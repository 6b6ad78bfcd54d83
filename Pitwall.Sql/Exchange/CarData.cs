namespace Pitwall.Sql.Exchange;

/// <summary>The car of an import file; <paramref name="Baseline"/> is its baseline setup as nested JSON text, as vehicles.baseline_setup holds it.</summary>
public sealed record CarData(string Brand, string Model, string? Nickname, string? Transponder, string Baseline);
