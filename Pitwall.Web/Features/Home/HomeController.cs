using Microsoft.AspNetCore.Mvc;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Home;

/// <summary>The page and its two tabs; each tab's URL is also a full page.</summary>
public sealed class HomeController(PageLoader loader) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(HtmxResponses.PageView, await loader.PageAsync(await loader.MainAsync(Tabs.EventSetup, ct), null, ct));

    [HttpGet("/event-setup")]
    public Task<IActionResult> EventSetup(CancellationToken ct) => Tab(Tabs.EventSetup, ct);

    [HttpGet("/shop-master")]
    public Task<IActionResult> ShopMaster(CancellationToken ct) => Tab(Tabs.ShopMaster, ct);

    async Task<IActionResult> Tab(string tab, CancellationToken ct)
    {
        var main = await loader.MainAsync(tab, ct);
        return await this.FragmentOrPageAsync("~/Features/Home/_MainPanel.cshtml", main, () => loader.PageAsync(main, null, ct));
    }
}
