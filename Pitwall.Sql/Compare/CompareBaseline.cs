namespace Pitwall.Sql.Compare;

public sealed record CompareBaseline(int Id, int CarId, DateTime SavedAt, string Source);
