namespace Pitwall.Sql.Results.Timing;

/// <summary>A transponder crossing the loop, at the decoder's clock in seconds.</summary>
public sealed record Passing(string Transponder, decimal Seconds);
