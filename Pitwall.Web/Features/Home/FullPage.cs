using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Pitwall.Sql.Profiles;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Home;

/// <summary>
/// A browser opening a URL gets the whole page: the sidebar (one read, Profiles_Sidebar.sql) and
/// the main area with the tabs and the action's panel. Read here, once, so no action repeats it
/// and no partial reads.
/// </summary>
public sealed class FullPage(Page page) : IActionResult
{
    public const string View = "~/Features/Home/Page.cshtml";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var services = context.HttpContext.RequestServices;
        var racers = await services.GetRequiredService<ProfileStore>().SidebarAsync(
            services.GetRequiredService<BrowserCookie>().Key, context.HttpContext.RequestAborted);
        var result = new ViewResult
        {
            ViewName = View,
            ViewData = new ViewDataDictionary<PageView>(services.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
            {
                Model = new PageView(page, new Sidebar(racers)),
            },
        };
        await result.ExecuteResultAsync(context);
    }
}

/// <summary>The page's model: the sidebar's racers and the page (tab and panel) in the main area.</summary>
public sealed record PageView(Page Page, Sidebar Sidebar);
