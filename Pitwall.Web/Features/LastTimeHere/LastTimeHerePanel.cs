using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.LastTimeHere;

/// <summary>
/// "Last time here": on ➕ New Session (<c>#last-time-here</c>) or in a session's view
/// (<c>#session-last-time-here</c>); the action reads it (LastTimeHere_Find.sql).
/// </summary>
public static class LastTimeHerePanel
{
    public const string View = "~/Features/LastTimeHere/_LastTimeHere.cshtml";

    public static Panel<LastTimeHereView> Of(LastTimeHereView view) => new(View, view);
}
