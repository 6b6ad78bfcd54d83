using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Changes;

/// <summary>
/// One row of setup_changes, Pitwall's or another tool's (its parameter may be a legacy path
/// such as <c>front.shock_oil</c>, its source "ai", its status pending or denied).
/// </summary>
public sealed record LoggedChange(
    int Id, int? SessionId, string? SessionName, DateOnly? SessionDate, string? Parameter, string? OldValue, string? NewValue,
    decimal? Before, decimal? After, string? Source, string? Status, string? Outcome,
    IReadOnlyList<RunNotes.NoteBefore>? NotesBefore = null)
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
