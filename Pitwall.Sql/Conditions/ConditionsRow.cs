namespace Pitwall.Sql.Conditions;

/// <summary>A session's weather column as stored (Conditions_ForSessions.sql).</summary>
public sealed record ConditionsRow(int Id, string? Weather)
{
    public SessionConditions Conditions => _conditions ??= SessionConditions.Parse(Weather);
    SessionConditions? _conditions;
}
