using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The messages between the wall and a racer (<c>#pit-wall-messages</c>), live, with the form to write one. The action read the thread.</summary>
public static class PitWallThread
{
    public const string View = "~/Features/PitWall/_Thread.cshtml";

    public static Panel<ThreadView> Of(ThreadView view) => new(View, view);
}
