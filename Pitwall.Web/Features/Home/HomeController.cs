using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Library;
using Pitwall.Web.Features.EventSetup;
using Pitwall.Web.Features.Fleet;
using Pitwall.Web.Features.Library;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Home;

/// <summary>The page and its tabs; each tab's URL is also a full page. Each reads its panel once.</summary>
public sealed class HomeController(EventSessionStore sessions, CarStore cars, LibraryStore library, BrowserCookie browser) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => new FullPage(await EventSetupPageAsync(ct));

    [HttpGet("/event-setup")]
    public async Task<IActionResult> EventSetup(CancellationToken ct) => this.TabOrPage(await EventSetupPageAsync(ct));

    [HttpGet("/shop-master")]
    public async Task<IActionResult> ShopMaster(CancellationToken ct) =>
        this.TabOrPage(new Page(Tabs.ShopMaster, FleetPanel.From(await cars.FleetPanelAsync(browser.Key, ct))));

    /// <summary>The Library tab's button; its address is /library (LibraryController), which answers htmx with the panel alone.</summary>
    [HttpGet("/library/tab")]
    public async Task<IActionResult> Library(CancellationToken ct)
    {
        var query = new LibraryQuery();
        return this.TabOrPage(new Page(Tabs.Library, LibraryPanel.Of(new LibraryView(query, await library.ListAsync(query, ct)))));
    }

    async Task<Page> EventSetupPageAsync(CancellationToken ct) =>
        new(Tabs.EventSetup, EventSetupPanel.From(await sessions.PanelAsync(browser.Key, null, ct)));
}
