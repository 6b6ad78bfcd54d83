using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Changes;

/// <summary>
/// What locking a session logs: every sheet parameter whose value differs (by
/// <see cref="SetupEquality"/>) from the setup it is compared with, values kept as stored.
/// </summary>
public static class ChangeLog
{
    public static IReadOnlyList<ParameterChange> Between(SetupValues before, SetupValues after) =>
        SetupSheet.Parameters
            .Where(p => !SetupEquality.Same(p, before[p.Key], after[p.Key]))
            .Select(p => new ParameterChange(p.Key, Stored(before, p.Key), Stored(after, p.Key)))
            .ToList();

    static string? Stored(SetupValues setup, string key) => setup[key] is { Length: > 0 } v ? v : null;
}
