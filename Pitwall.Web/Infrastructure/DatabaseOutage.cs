using Htmx;
using Pitwall.Sql.Database;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// While the database is unreachable, requests answer a friendly 503 (a full page, or for
/// htmx a message in the page's status area) instead of a 500, with Retry-After.
/// </summary>
public static class DatabaseOutage
{
    const string Message = "The pit wall has lost its database for a moment. Nothing you saved is lost; try again in a few seconds.";

    public static IApplicationBuilder UseDatabaseOutagePage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (Db.IsConnectionLost(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILogger<Program>>()
                .LogWarning("Database unreachable during {Method} {Path}: {Cause}", context.Request.Method, context.Request.Path, e.GetBaseException().Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            if (context.Request.IsHtmx())
            {
                context.Response.Headers["HX-Retarget"] = "#toast";
                context.Response.Headers["HX-Reswap"] = "innerHTML";
                await context.Response.WriteAsync($"<p class=\"offline\">{Message}</p>");
            }
            else
            {
                await context.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pitwall is waiting for its database</title>" +
                    $"<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"main\"><div class=\"panel\">" +
                    $"<h1>Back in a moment</h1><p>{Message}</p><p><a href=\"\">Try again</a></p></div></main></body></html>");
            }
        }
    });
}
