using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.RunNotes;

/// <summary>A session's run notes (<c>#run-notes</c>); the action reads them (RunNotes_ForSession.sql).</summary>
public static class RunNotesPanel
{
    public const string View = "~/Features/RunNotes/_RunNotes.cshtml";

    public static Panel<RunNotesView> Of(RunNotesView view) => new(View, view);
}
