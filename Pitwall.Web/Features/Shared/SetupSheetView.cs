using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Shared;

/// <summary>What the setup-sheet partial renders: values, the baseline they are compared with, messages.</summary>
public sealed class SetupSheetView(
    string formId,
    IReadOnlyDictionary<string, string> values,
    SetupValues? baseline,
    IReadOnlyDictionary<string, string> errors,
    bool readOnly = false)
{
    readonly SetupValues _current = SetupValues.Empty.With(values);

    public static SetupSheetView Of(string formId, SetupSheetForm form, SetupValues? baseline, bool readOnly = false) =>
        new(formId, form.Values, baseline, form.Errors, readOnly);

    public string FormId => formId;
    public bool ReadOnly => readOnly;

    public string Value(string key) => values.GetValueOrDefault(key) ?? "";

    /// <summary>Messages about posted keys that are not on the sheet (no field to show them beside).</summary>
    public IEnumerable<string> UnknownKeyErrors => errors.Where(e => SetupSheet.Find(e.Key) is null).Select(e => e.Value);

    /// <summary>
    /// The note beside a field: its error, a flag on a stored value that breaks the rule, or the
    /// baseline it differs from. A stored JSON null is a blank cell, as the earlier tool writes it: no note.
    /// </summary>
    public (string Text, string Kind) Note(SetupParameter p)
    {
        if (errors.TryGetValue(p.Key, out var error)) return (error, "error");
        var value = Value(p.Key);
        if (value.Length > 0 && p.Check(value) is { } flag) return ($"⚠ {flag}", "flag");
        if (baseline is not null && _current.Differs(p.Key, baseline)) return ($"baseline {baseline[p.Key] ?? "—"}", "diff");
        return ("", "");
    }

    public string NoteId(SetupParameter p) => $"{formId}-n-{p.Key}";
}
