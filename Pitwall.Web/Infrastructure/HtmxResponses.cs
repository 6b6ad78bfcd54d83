using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Web.Features.Home;

namespace Pitwall.Web.Infrastructure;

/// <summary>The two renderings of one URL, and the htmx response headers Pitwall uses.</summary>
public static class HtmxResponses
{
    public const string RacerChanged = "racer-changed";

    /// <summary>Raised when a session's results were added, edited or deleted.</summary>
    public const string ResultsChanged = "results-changed";

    /// <summary>
    /// htmx asks for the fragment (<paramref name="fragment"/>); a browser opening the URL gets the
    /// whole page in that state (<paramref name="page"/>).
    /// </summary>
    public static IActionResult FragmentOrPage(this Controller controller, IPanel fragment, Page page)
    {
        controller.Response.Headers.Append("Vary", "HX-Request");
        return controller.Request.IsHtmx() ? fragment.Fragment(controller) : new FullPage(page);
    }

    /// <summary>The panel for htmx, the page showing it in <paramref name="tab"/> for a browser.</summary>
    public static IActionResult PanelOrPage(this Controller controller, string tab, IPanel panel) =>
        controller.FragmentOrPage(panel, new Page(tab, panel));

    /// <summary>A tab's button swaps the main area (the tabs and the tab's panel); a browser gets the page.</summary>
    public static IActionResult TabOrPage(this Controller controller, Page page)
    {
        controller.Response.Headers.Append("Vary", "HX-Request");
        return controller.Request.IsHtmx() ? controller.PartialView(Tabs.View, page) : new FullPage(page);
    }

    public static void Trigger(this HttpResponse response, string eventName) => response.Headers["HX-Trigger"] = eventName;
}
