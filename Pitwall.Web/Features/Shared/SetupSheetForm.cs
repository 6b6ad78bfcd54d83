using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Shared;

/// <summary>
/// The setup sheet as a form: what was posted (<c>setup[KEY]=value</c>), checked against the
/// sheet. A key not on the sheet is refused; a value the racer left as it was stored is kept
/// even when it breaks a rule (legacy data is flagged, never dropped or blocking).
/// </summary>
public sealed class SetupSheetForm
{
    public SetupSheetForm(IReadOnlyDictionary<string, string>? posted, SetupValues stored)
    {
        Stored = stored;
        Values = posted is null
            ? new Dictionary<string, string>(stored.Values)
            : posted.ToDictionary(kv => kv.Key, kv => (kv.Value ?? "").Trim());
    }

    public SetupValues Stored { get; }
    public Dictionary<string, string> Values { get; }
    public Dictionary<string, string> Errors { get; } = [];

    public bool Validate()
    {
        Errors.Clear();
        foreach (var (key, value) in Values)
        {
            if (SetupSheet.Find(key) is not { } parameter)
                Errors[key] = $"\"{key}\" is not a parameter of the setup sheet.";
            else if (Stored.IsAsStored(key, value))
                continue;
            else if (value.Contains('\uFFFD'))
                Errors[key] = TextRules.Unreadable;
            else if (value.Length > 0 && parameter.Check(value) is { } problem)
                Errors[key] = problem;
        }
        return Errors.Count == 0;
    }

    /// <summary>The stored setup with these values, its extra keys kept.</summary>
    public SetupValues ToSetup() => Stored.With(Values);
}

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
