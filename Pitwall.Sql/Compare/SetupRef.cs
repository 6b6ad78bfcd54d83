using System.Globalization;

namespace Pitwall.Sql.Compare;

/// <summary>
/// One side of a compare, as its URL names it: <c>car-12</c> (the car's current baseline),
/// <c>baseline-3</c> (an earlier baseline of baseline_history), <c>session-45</c> (a session's setup),
/// <c>library-7</c> (a setup of the shared library, any racer's to compare with).
/// </summary>
public sealed record SetupRef(string Kind, int Id)
{
    public const string Car = "car", Baseline = "baseline", Session = "session", Library = "library";

    public static SetupRef? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var dash = text.LastIndexOf('-');
        if (dash <= 0) return null;
        var kind = text[..dash];
        return kind is Car or Baseline or Session or Library
               && int.TryParse(text[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new SetupRef(kind, id)
            : null;
    }

    public override string ToString() => $"{Kind}-{Id.ToString(CultureInfo.InvariantCulture)}";
}
