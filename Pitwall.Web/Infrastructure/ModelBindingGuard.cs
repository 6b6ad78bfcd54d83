using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// A field MVC could not bind (a number that is not one, say) is the client's mistake: 400
/// with a short message before the action runs, instead of an action working on a half-bound form.
/// </summary>
public sealed class ModelBindingGuard : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.ModelState.IsValid)
        {
            await next();
            return;
        }
        var fields = string.Join(", ", context.ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key));
        await ErrorPages.RefuseAsync(context.HttpContext, StatusCodes.Status400BadRequest,
            "Pitwall could not read a field of that form; reload the page and try again.", $"unreadable field(s) {fields}");
        context.Result = new EmptyResult();
    }
}
