namespace Pitwall.Sql.Fleet;

/// <summary>A row of the Shop Master panel: the racer, and one car of theirs when they have any, with its items due for service.</summary>
public sealed record FleetRow(int RacerId, string RacerName, int? CarId, string? Brand, string? Model, string? Nickname, string? Transponder, int ServiceDue = 0);
