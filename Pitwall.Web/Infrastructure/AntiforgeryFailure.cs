using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// A missing or stale antiforgery token is a 400 like the other client mistakes: a message the
/// person can act on (in #toast for htmx, which swaps it there) instead of an empty body that
/// htmx would swap over the panel that asked.
/// </summary>
public sealed class AntiforgeryFailure : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult)
        {
            await next();
            return;
        }
        await ErrorPages.RefuseAsync(context.HttpContext, StatusCodes.Status400BadRequest,
            "This page is out of date: reload it and try again.", "antiforgery token missing or invalid");
        context.Cancel = true;
    }
}
