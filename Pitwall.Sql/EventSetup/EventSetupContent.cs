namespace Pitwall.Sql.EventSetup;

/// <summary>What the Event Setup panel shows, as EventSessions_Panel.sql builds it in one statement.</summary>
public sealed record EventSetupContent(int RacerId, string RacerName, IReadOnlyList<CarChoice> Cars, OpenSession? Open, IReadOnlyList<PastSession> Past);
