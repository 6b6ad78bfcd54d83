namespace Pitwall.Web.Features.Results;

/// <summary>One driver on a results-only <see cref="FieldChart"/>: where the best lap and the average lap sit, and whether it is the racer.</summary>
public sealed record DriverMark(double X, double? BestY, double? AverageY, bool IsRacer, string Label);
