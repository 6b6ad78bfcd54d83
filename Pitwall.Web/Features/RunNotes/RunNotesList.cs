using Pitwall.Sql.RunNotes;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.RunNotes;

/// <summary>A session's run notes in order (<c>#run-notes-list</c>), what a tap answers; the action reads them (RunNotes_ForSession.sql).</summary>
public static class RunNotesList
{
    public const string View = "~/Features/RunNotes/_RunNotesList.cshtml";

    public static Panel<SessionNotes> Of(SessionNotes session) => new(View, session);
}
