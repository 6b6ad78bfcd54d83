namespace Pitwall.Sql.Exchange;

/// <summary>Sizes and timings of one car's export and import (medians of <c>Runs</c>).</summary>
public sealed record ExchangeFigures(int Sessions, int Results, int Bytes, double ExportMs, double ReadMs, double ImportMs);
