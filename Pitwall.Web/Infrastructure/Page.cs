namespace Pitwall.Web.Infrastructure;

/// <summary>
/// The whole page, said as the panel it shows: the tab, and the View Component that fills the
/// main area with its arguments (an anonymous object, as ViewComponent invocations take them).
/// A feature answers htmx with that very component and a browser opening the same URL with
/// this page (Features/Home/Page.cshtml), which adds the sidebar and the tabs around it.
/// Nothing here knows a panel's model type.
/// </summary>
public sealed record Page(string Tab, Type Panel, object? Arguments = null)
{
    public const string View = "~/Features/Home/Page.cshtml";
}
