using Pitwall.Sql.Conditions;

namespace Pitwall.Web.Features.Conditions;

/// <summary>A session's conditions panel: its timeline, what the earlier tool noted, and the entry form (with its messages).</summary>
public sealed record ConditionsView(int SessionId, SessionConditions Conditions, ConditionsForm Form, string? Message = null)
{
    /// <summary>An empty form in the unit the racer used last, so a °F racer need not pick it every time.</summary>
    public static ConditionsForm NextForm(SessionConditions conditions) =>
        new() { Unit = conditions.Unit == TemperatureUnit.Fahrenheit ? "F" : "C" };

    public string? Error(string field) => Form.Errors.GetValueOrDefault(field);
}
