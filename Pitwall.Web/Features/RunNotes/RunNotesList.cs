using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.RunNotes;

namespace Pitwall.Web.Features.RunNotes;

/// <summary>A session's run notes in order (<c>#run-notes-list</c>), what a tap answers; the action reads them (RunNotes_ForSession.sql).</summary>
public sealed class RunNotesList : ViewComponent
{
    public IViewComponentResult Invoke(SessionNotes session) => View("~/Features/RunNotes/_RunNotesList.cshtml", session);
}
