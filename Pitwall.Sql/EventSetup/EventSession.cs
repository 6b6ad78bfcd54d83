namespace Pitwall.Sql.EventSetup;

/// <summary>What the Event Setup panel shows, as EventSessions_Panel.sql builds it.</summary>
public sealed record EventSetupPanel(int RacerId, string RacerName, IReadOnlyList<CarChoice> Cars, OpenSession? Open, IReadOnlyList<PastSession> Past);

public sealed record CarChoice(int Id, string Brand, string Model, string? Nickname)
{
    public string Label => Nickname is null ? $"{Brand} {Model}" : $"{Brand} {Model} “{Nickname}”";
}

public sealed record OpenSession(
    int Id, int CarId, string? Name, string Type, DateOnly? Date, string? TrackName, string? TrackSize,
    string? Traction, string? SurfaceType, string? SurfaceCondition, string Status,
    System.Text.Json.Nodes.JsonObject Setup, System.Text.Json.Nodes.JsonObject Baseline)
{
    public bool IsDraft => Status == "draft";
}

public sealed record PastSession(int Id, int CarId, string? Name, string Type, DateOnly? Date, string Status, decimal? BestLap = null);

/// <summary>A session's stored setup and its car's baseline, both as JSON text, with the words a draft must keep.</summary>
public sealed record SessionSetup(int Id, string Status, string Setup, string Baseline, string? Type, string? TrackSize, string? Traction);

/// <summary>The details of a session as the racer types them.</summary>
public sealed record SessionDetails(
    string Name, string Type, DateOnly Date, string? TrackName, string? TrackSize, string? Traction,
    string? SurfaceType, string? SurfaceCondition);

/// <summary>What saving (or locking) a draft did.</summary>
public enum DraftOutcome { Saved, NotADraft, NotFound }
