using Pitwall.Sql.EventSetup;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>
/// Event Setup (<c>#event-setup</c>): the action reads it (EventSessions_Panel.sql: the racer's
/// newest draft, or the session asked for). No racer yet shows the first-run welcome.
/// </summary>
public static class EventSetupPanel
{
    public const string View = "~/Features/EventSetup/_EventSetup.cshtml";

    public static Panel<EventSetupView> Of(EventSetupView view) => new(View, view);

    public static IPanel From(EventSetupContent? content) => content is null ? NewRacer.Welcome() : Of(new EventSetupView(content));
}
