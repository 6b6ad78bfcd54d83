namespace Pitwall.Web.Infrastructure;

/// <summary>
/// The whole page, said as the tab and the panel it shows in the main area. A feature answers htmx
/// with that very panel and a browser opening the same URL with this page
/// (<c>Features/Home/FullPage</c>), which adds the sidebar and the tabs around it.
/// </summary>
public sealed record Page(string Tab, IPanel Panel);
