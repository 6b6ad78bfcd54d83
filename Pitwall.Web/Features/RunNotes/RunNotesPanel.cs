using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.RunNotes;

/// <summary>A session's run notes (<c>#run-notes</c>); the action reads them (RunNotes_ForSession.sql).</summary>
public sealed class RunNotesPanel : ViewComponent
{
    public IViewComponentResult Invoke(RunNotesView view) => View("~/Features/RunNotes/_RunNotes.cshtml", view);
}
