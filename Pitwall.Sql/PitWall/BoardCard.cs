namespace Pitwall.Sql.PitWall;

/// <summary>One racer's card on the pit wall, as Board_Cards.sql reads it.</summary>
public sealed record BoardCard(
    int RacerId, string RacerName,
    int? SessionId, string? SessionName, string? SessionType, string? SessionStatus, string? TrackName, DateOnly? SessionDate,
    string? Car,
    string? Heat, int? Position, decimal? BestLap, decimal? Gap,
    string? ChangeParameter, string? ChangeFrom, string? ChangeTo, string? ChangeOutcome, long? ChangeCount,
    string? LastMessage, string? LastMessageType, string? LastMessageAuthor, long Unread,
    int? SecondsAgo);
