using System.Net;
using Htmx;
using Pitwall.Sql.Database;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// No stack trace reaches a browser, and no client's mistake is a 500. A request the client
/// got wrong (a body too big or too slow, a form over the limits) answers its 4xx with a
/// short message and one warning line; a lost database answers a friendly 503 with
/// Retry-After; anything else is a real server error: logged in full, and answered with a
/// friendly page that names the request id to quote. htmx requests get the message in the
/// page's status area (#toast), so the form that was open stays as it was.
/// </summary>
public static class ErrorPages
{
    const string Outage = "The pit wall has lost its database for a moment. Nothing you saved is lost; try again in a few seconds.";

    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            // Nothing can be answered any more (the client left, or the answer is half sent).
            Logger(context).LogWarning("{Method} {Path} ended early: {Cause}", context.Request.Method, context.Request.Path, e.GetBaseException().Message);
        }
        catch (Exception e) when (ClientMistake(e) is { } status)
        {
            await RefuseAsync(context, status.Code, status.Message, e.Message);
        }
        catch (Exception e) when (Db.IsConnectionLost(e))
        {
            Logger(context).LogWarning("Database unreachable during {Method} {Path}: {Cause}", context.Request.Method, context.Request.Path, e.GetBaseException().Message);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = "5";
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Back in a moment", Outage);
        }
        catch (Exception e)
        {
            var id = context.TraceIdentifier;
            Logger(context).LogError(e, "Server error {RequestId} during {Method} {Path}", id, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await WriteAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong",
                $"Pitwall hit an error it did not expect; nothing was half-saved. Try again, and if it keeps happening, quote request id {id}.");
        }
    });

    /// <summary>The status and message for an exception the client caused, else null.</summary>
    static (int Code, string Message)? ClientMistake(Exception e) => e switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (413, "That request is too large for Pitwall (at most 30 MB)."),
        BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } =>
            (408, "That request arrived too slowly; please send it again."),
        BadHttpRequestException bad => (bad.StatusCode, "Pitwall could not read that request."),
        InvalidDataException data when data.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) =>
            (413, "A field of that form is too long (at most 4 MB)."),
        InvalidDataException => (400, "That form has more fields than Pitwall accepts (at most 1,024)."),
        _ => null,
    };

    /// <summary>Refuses a request: the status, a short message for the person, one warning line without stack trace.</summary>
    /// <param name="retryAfter">Seconds to wait, sent as Retry-After (429).</param>
    public static Task RefuseAsync(HttpContext context, int status, string message, string cause, int? retryAfter = null)
    {
        Logger(context).LogWarning("Refused {Method} {Path} with {StatusCode}: {Cause}",
            context.Request.Method, context.Request.Path, status, cause);
        context.Response.Clear();
        if (retryAfter is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, status, "That did not work", message);
    }

    /// <summary>A message as htmx shows it (in #toast) or as a small page of its own.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        var text = WebUtility.HtmlEncode(message);
        if (context.Request.IsHtmx())
        {
            context.Response.Headers["HX-Retarget"] = "#toast";
            context.Response.Headers["HX-Reswap"] = "innerHTML";
            await context.Response.WriteAsync($"<p class=\"offline\">{text}</p>");
            return;
        }
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)} · Pitwall</title>" +
            $"<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"main\"><div class=\"panel\">" +
            $"<h1>{WebUtility.HtmlEncode(title)}</h1><p>{text}</p><p><a href=\"/\">Back to the pit wall</a></p></div></main></body></html>");
    }

    static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Pitwall.Web.Requests");
}
