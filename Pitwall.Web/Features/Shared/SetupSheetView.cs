using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Shared;

/// <summary>What the setup-sheet partial renders: values, the baseline they are compared with, messages.</summary>
public sealed class SetupSheetView(
    string formId,
    IReadOnlyDictionary<string, string> values,
    SetupValues? baseline,
    IReadOnlyDictionary<string, string> errors,
    bool readOnly = false,
    SetupValues? stored = null)
{
    readonly SetupValues _current = SetupValues.Empty.With(values);

    public static SetupSheetView Of(string formId, SetupSheetForm form, SetupValues? baseline, bool readOnly = false) =>
        new(formId, form.Values, baseline, form.Errors, readOnly, form.Stored);

    public string FormId => formId;
    public bool ReadOnly => readOnly;

    public string Value(string key) => values.GetValueOrDefault(key) ?? "";

    /// <summary>Messages about posted keys that are not on the sheet (no field to show them beside).</summary>
    public IEnumerable<string> UnknownKeyErrors => errors.Where(e => SetupSheet.Find(e.Key) is null).Select(e => e.Value);

    /// <summary>The note beside a field: its error, a flag on a stored value that breaks the rule, or the baseline it differs from.</summary>
    public (string Text, string Kind) Note(SetupParameter p)
    {
        if (errors.TryGetValue(p.Key, out var error)) return (error, "error");
        var value = Value(p.Key);
        if (value.Length > 0 && p.Check(value) is { } flag) return ($"⚠ {flag}", "flag");
        if (value.Length == 0 && stored?.IsNull(p.Key) == true) return ("⚠ stored as null; kept until you type a value", "flag");
        if (baseline is not null && _current.Differs(p.Key, baseline)) return ($"baseline {baseline[p.Key] ?? "—"}", "diff");
        return ("", "");
    }

    public string NoteId(SetupParameter p) => $"{formId}-n-{p.Key}";
}
