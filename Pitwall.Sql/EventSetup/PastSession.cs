namespace Pitwall.Sql.EventSetup;

/// <summary>A line of the sessions list, with the best lap of its results.</summary>
public sealed record PastSession(int Id, int CarId, string? Name, string Type, DateOnly? Date, string Status, decimal? BestLap = null);
