using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Web.Features.EventSetup;
using Pitwall.Web.Features.Fleet;
using Pitwall.Web.Features.Library;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Home;

/// <summary>The page and its three tabs; each tab's URL is also a full page.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(Page.View, EventSetupPage);

    [HttpGet("/event-setup")]
    public IActionResult EventSetup() => Tab(EventSetupPage);

    [HttpGet("/shop-master")]
    public IActionResult ShopMaster() => Tab(new Page(Tabs.ShopMaster, typeof(FleetPanel)));

    /// <summary>The Library tab's button; its address is /library (LibraryController), which answers htmx with the panel alone.</summary>
    [HttpGet("/library/tab")]
    public IActionResult Library() => Tab(new Page(Tabs.Library, typeof(LibraryPanel)));

    static Page EventSetupPage => new(Tabs.EventSetup, typeof(EventSetupPanel));

    /// <summary>A tab button swaps the main area (the tabs and the tab's panel); a browser gets the page.</summary>
    IActionResult Tab(Page page)
    {
        Response.Headers.Append("Vary", "HX-Request");
        return Request.IsHtmx() ? PartialView("~/Features/Home/_Tabs.cshtml", page) : View(Page.View, page);
    }
}
