using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Profiles;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Home;

/// <summary>The page, and the main panel that reloads itself when the racer changes.</summary>
public sealed class HomeController(ProfileStore profiles, BrowserSession session) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await LoadAsync(ct));

    [HttpGet("/main")]
    [HttpGet("/event-setup")]
    public Task<IActionResult> EventSetup(CancellationToken ct) => MainPanel(Tabs.EventSetup, ct);

    [HttpGet("/shop-master")]
    public Task<IActionResult> ShopMaster(CancellationToken ct) => MainPanel(Tabs.ShopMaster, ct);

    async Task<IActionResult> MainPanel(string tab, CancellationToken ct)
    {
        var workspace = (await LoadAsync(ct)).WithTab(tab);
        return await this.FragmentOrPageAsync("_MainPanel", workspace, () => Task.FromResult<object>(workspace));
    }

    async Task<Workspace> LoadAsync(CancellationToken ct) => new(await profiles.ListForSessionAsync(session.Id, ct));
}
