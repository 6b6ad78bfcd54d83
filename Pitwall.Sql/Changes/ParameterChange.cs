namespace Pitwall.Sql.Changes;

/// <summary>One parameter that differs between two setups, each value as stored (null: missing, blank or JSON null).</summary>
public sealed record ParameterChange(string Parameter, string? OldValue, string? NewValue);
