namespace Pitwall.Sql.Fleet;

/// <summary>What ➕ Add Car and Edit car save.</summary>
public sealed record CarFields(string Brand, string Model, string? Nickname, string? Transponder);
