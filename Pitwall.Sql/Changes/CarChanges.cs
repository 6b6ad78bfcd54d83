using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Changes;

/// <summary>A car with every row of setup_changes about it, newest first, as Changes_ForCar.sql builds it.</summary>
public sealed record CarChanges(int CarId, string Brand, string Model, string? Nickname, IReadOnlyList<LoggedChange> Changes)
{
    public string Label => Nickname is { Length: > 0 } n ? $"{Brand} {Model} “{n}”" : $"{Brand} {Model}";
}

/// <summary>
/// One row of setup_changes, Pitwall's or another tool's (its parameter may be a legacy path
/// such as <c>front.shock_oil</c>, its source "ai", its status pending or denied).
/// </summary>
public sealed record LoggedChange(
    int Id, int? SessionId, string? SessionName, DateOnly? SessionDate, string? Parameter, string? OldValue, string? NewValue,
    decimal? Before, decimal? After, string? Source, string? Status, string? Outcome)
{
    /// <summary>The sheet's parameter this row is about, when its name maps to one (a key, or a legacy path).</summary>
    public SetupParameter? SheetParameter => ParameterOf(Parameter);

    /// <summary>The key the view files it under: the sheet's key where it maps, else the name as stored.</summary>
    public string Key => SheetParameter?.Key ?? Parameter ?? "";

    /// <summary>Best lap after − best lap before: negative is faster.</summary>
    public decimal? Delta => Before is { } b && After is { } a ? a - b : null;

    public static SetupParameter? ParameterOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (SetupSheet.Find(name.Trim()) is { } p) return p;
        var dot = name.IndexOf('.');
        return dot > 0 && SetupSheet.LegacyPaths.TryGetValue((name[..dot].Trim(), name[(dot + 1)..].Trim()), out var key) ? SetupSheet.Find(key) : null;
    }
}

/// <summary>Per parameter: how many changes, how many successes and failures, the mean best-lap delta.</summary>
public sealed record ParameterSummary(string Key, int Changes, int Successes, int Failures, decimal? MeanDelta)
{
    public static IReadOnlyList<ParameterSummary> Of(IEnumerable<LoggedChange> changes) =>
        changes.GroupBy(c => c.Key)
            .Select(g =>
            {
                var deltas = g.Select(c => c.Delta).OfType<decimal>().ToList();
                return new ParameterSummary(g.Key, g.Count(), g.Count(c => c.Outcome == ChangeOutcome.Success),
                    g.Count(c => c.Outcome == ChangeOutcome.Failure), deltas.Count == 0 ? null : deltas.Average());
            })
            .OrderBy(s => SheetOrder(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    static int SheetOrder(string key) =>
        SetupSheet.Find(key) is { } p ? SetupSheet.Parameters.ToList().IndexOf(p) : int.MaxValue;
}
