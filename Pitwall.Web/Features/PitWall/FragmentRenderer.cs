using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// Renders a partial view to a string outside any request, so that a live view's fragment is
/// rendered once per change and instance and handed to every viewer (LiveFragments), instead of
/// once per viewer. The partials it renders use nothing of a request (no browser, no token).
/// </summary>
public sealed class FragmentRenderer(IRazorViewEngine engine, ITempDataProvider tempData, IServiceScopeFactory scopes)
{
    public async Task<string> RenderAsync<TModel>(string path, TModel model)
    {
        await using var scope = scopes.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var action = new ActionContext(http, new Microsoft.AspNetCore.Routing.RouteData(), new ActionDescriptor());
        var found = engine.GetView(executingFilePath: null, viewPath: path, isMainPage: false);
        if (!found.Success) throw new InvalidOperationException($"No view at {path}");
        await using var writer = new StringWriter();
        var data = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var context = new ViewContext(action, found.View, data, new TempDataDictionary(http, tempData), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(context);
        return writer.ToString();
    }
}
