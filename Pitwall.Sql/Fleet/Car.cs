namespace Pitwall.Sql.Fleet;

/// <summary>A row of the Shop Master panel: the racer, and one car of theirs when they have any.</summary>
public sealed record FleetRow(int RacerId, string RacerName, int? CarId, string? Brand, string? Model, string? Nickname, string? Transponder);

/// <summary>A car with its baseline setup as stored (JSON text).</summary>
public sealed record Car(int Id, string Brand, string Model, string? Nickname, string? Transponder, string Baseline);

public sealed record CarFields(string Brand, string Model, string? Nickname, string? Transponder);

/// <summary>What a car command did; the controller maps each to a status.</summary>
public enum FleetWriteOutcome { Saved, NotFound, Duplicate, StillReferenced, Invalid }
