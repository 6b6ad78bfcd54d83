namespace Pitwall.Sql.Compare;

public sealed record CompareSession(int Id, int CarId, string? Name, DateOnly? Date);
