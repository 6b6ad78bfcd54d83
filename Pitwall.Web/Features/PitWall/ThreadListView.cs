using Pitwall.Sql.PitWall;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The messages of a thread (_MessageList.cshtml): the same HTML for every viewer on one side, so rendered once per change.</summary>
public sealed record ThreadListView(MessageThread Thread, ThreadSide Side)
{
    /// <summary>The reader of a message can mark it: the wall a racer's, the racer the wall's.</summary>
    public bool CanMarkRead(Message m) => !m.IsRead && m.FromWall == (Side == ThreadSide.Racer);

    public string ReadUrl(Message m) => Side == ThreadSide.Wall
        ? $"/pit-wall/teams/{Thread.Owner.TeamId}/messages/{m.Id}/read"
        : $"/pit-wall/messages/{m.Id}/read";

    public string ReadLabel => Side == ThreadSide.Wall ? "Mark read" : "Got it";
}
