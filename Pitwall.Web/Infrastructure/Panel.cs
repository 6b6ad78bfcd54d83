using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Pitwall's one panel rule: a panel is a typed partial view and the model it shows. The action
/// reads (one statement or one round trip, through a store), builds the model, and answers with
/// the panel: to htmx alone, to a browser inside the page (<see cref="Page"/>). A partial never
/// reads. Each panel is named once, by its definition in its feature's folder (an <c>Of</c>
/// that pairs the partial with its model type), so a wrong model does not compile.
/// </summary>
public interface IPanel
{
    string View { get; }

    /// <summary>The panel alone: what htmx swaps in.</summary>
    IActionResult Fragment(Controller controller);

    /// <summary>The panel inside another view (the page, or a panel that holds it).</summary>
    Task<IHtmlContent> RenderAsync(IHtmlHelper html);
}

/// <inheritdoc cref="IPanel"/>
public sealed record Panel<TModel>(string View, TModel Model) : IPanel
{
    public IActionResult Fragment(Controller controller) => controller.PartialView(View, Model);

    public Task<IHtmlContent> RenderAsync(IHtmlHelper html) => html.PartialAsync(View, Model);
}
