using Htmx;
using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Infrastructure;

/// <summary>The two renderings of one URL, and the htmx response headers Pitwall uses.</summary>
public static class HtmxResponses
{
    public const string RacerChanged = "racer-changed";

    /// <summary>Raised when a session's results were added, edited or deleted.</summary>
    public const string ResultsChanged = "results-changed";

    /// <summary>
    /// htmx asks for the fragment (the component <paramref name="fragment"/>); a browser opening
    /// the URL gets the whole page in that state (<paramref name="page"/>).
    /// </summary>
    public static IActionResult FragmentOrPage(this Controller controller, Type fragment, object? arguments, Page page)
    {
        controller.Response.Headers.Append("Vary", "HX-Request");
        return controller.Request.IsHtmx() ? controller.ViewComponent(fragment, arguments) : controller.View(Page.View, page);
    }

    /// <summary>The panel for htmx, the page showing it for a browser.</summary>
    public static IActionResult PanelOrPage(this Controller controller, Page page) =>
        controller.FragmentOrPage(page.Panel, page.Arguments, page);

    /// <summary>A form's answer when what was sent cannot be saved: 422 with the component showing the messages.</summary>
    public static IActionResult Unprocessable(this Controller controller, Type component, object arguments, Page page)
    {
        controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return controller.FragmentOrPage(component, arguments, page);
    }

    public static void Trigger(this HttpResponse response, string eventName) => response.Headers["HX-Trigger"] = eventName;
}
