using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.EventSetup;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>
/// Event Setup (<c>#event-setup</c>): one read, EventSessions_Panel.sql (the racer's newest draft),
/// unless the action already read it (a session reopened, a form open in it). No racer yet shows
/// the first-run welcome.
/// </summary>
public sealed class EventSetupPanel(EventSessionStore sessions, BrowserCookie browser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(EventSetupView? view = null)
    {
        if (view is null && await sessions.PanelAsync(browser.Key, null, HttpContext.RequestAborted) is { } content)
            view = new EventSetupView(content);
        return view is null
            ? View("~/Features/Profiles/_Welcome.cshtml", new NewRacerForm { Welcome = true })
            : View("~/Features/EventSetup/_EventSetup.cshtml", view);
    }
}
