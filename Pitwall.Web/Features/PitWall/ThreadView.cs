using Pitwall.Sql.PitWall;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// A thread as one side sees it (_Thread.cshtml): the messages, the form to write one, and the
/// URLs of that side (the wall's are scoped to the team, the racer's to the browser's racer).
/// </summary>
public sealed record ThreadView(MessageThread Thread, ThreadSide Side, MessageForm Form)
{
    public ThreadListView List => new(Thread, Side);

    public string Heading => Side == ThreadSide.Wall ? $"Messages with {Thread.Owner.RacerName}" : $"Pit wall · {Thread.Owner.TeamName}";

    public string SendUrl => Side == ThreadSide.Wall
        ? $"/pit-wall/teams/{Thread.Owner.TeamId}/racers/{Thread.Owner.RacerId}/messages"
        : "/pit-wall/messages";

    public string StreamUrl => SendUrl + "/stream";
}
