using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Changes;

/// <summary>A reopened session's actions and its closeout (<c>#session-actions</c>); the action reads it (Changes_Closeout.sql).</summary>
public sealed class SessionActionsPanel : ViewComponent
{
    public IViewComponentResult Invoke(SessionActions actions) => View("~/Features/Changes/_SessionActions.cshtml", actions);
}
