using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Fleet;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Fleet;

/// <summary>
/// Shop Master (<c>#fleet-panel</c>): the active racer's cars, with the car form open in it when
/// given. One read (Cars_FleetPanel.sql); no racer yet shows the first-run welcome.
/// </summary>
public sealed class FleetPanel(CarStore cars, BrowserCookie browser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CarForm? form = null) =>
        Fleet.From(await cars.FleetPanelAsync(browser.Key, HttpContext.RequestAborted), form) is { } fleet
            ? View("~/Features/Fleet/_FleetPanel.cshtml", fleet)
            : View("~/Features/Profiles/_Welcome.cshtml", new NewRacerForm { Welcome = true });
}
