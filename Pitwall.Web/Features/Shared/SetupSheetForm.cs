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
