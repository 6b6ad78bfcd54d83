using Pitwall.Sql.Results;

namespace Pitwall.Sql.Compare;

public sealed record OfferedSession(int Id, string? Name, DateOnly? Date, string? Type, string? Status, IReadOnlyList<RunResult> Results)
{
    public PerformanceSession Figures => _figures ??= new(Id, Name, Date, Type, Results);
    PerformanceSession? _figures;
}
