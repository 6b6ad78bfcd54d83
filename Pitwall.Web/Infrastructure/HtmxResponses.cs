using Htmx;
using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Infrastructure;

/// <summary>The two renderings of one URL, and the htmx response headers Pitwall uses.</summary>
public static class HtmxResponses
{
    public const string RacerChanged = "racer-changed";

    /// <summary>htmx asks for the fragment; a browser opening the URL gets the whole page in that state.</summary>
    public static async Task<IActionResult> FragmentOrPageAsync(this Controller controller, string partial, object fragmentModel, Func<Task<object>> pageModel)
    {
        controller.Response.Headers.Append("Vary", "HX-Request");
        return controller.Request.IsHtmx()
            ? controller.PartialView(partial, fragmentModel)
            : controller.View(PageView, await pageModel());
    }

    /// <summary>The one full page; every fragment is part of it.</summary>
    public const string PageView = "~/Features/Home/Index.cshtml";

    /// <summary>Swap the response into <paramref name="target"/> instead of the element that asked.</summary>
    public static void Retarget(this HttpResponse response, string target, string swap = "outerHTML")
    {
        response.Headers["HX-Retarget"] = target;
        response.Headers["HX-Reswap"] = swap;
    }

    public static void Trigger(this HttpResponse response, string eventName) => response.Headers["HX-Trigger"] = eventName;
}
