using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Changes;

/// <summary>A reopened session's actions and its closeout (<c>#session-actions</c>); the action reads it (Changes_Closeout.sql).</summary>
public static class SessionActionsPanel
{
    public const string View = "~/Features/Changes/_SessionActions.cshtml";

    public static Panel<SessionActions> Of(SessionActions actions) => new(View, actions);
}
