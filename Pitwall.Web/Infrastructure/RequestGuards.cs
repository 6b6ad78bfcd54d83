namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Checks on unsafe requests (POST, PUT, PATCH, DELETE) before any controller runs, so a
/// refused request changes nothing: it must come from a page of this site (Origin and
/// Sec-Fetch-Site, on top of the antiforgery token), and its form must be readable within
/// the limits (1,024 fields, 4 MB a field; ErrorPages answers those) and free of NUL
/// characters, which PostgreSQL cannot store in text.
/// </summary>
public static class RequestGuards
{
    public static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsUnsafe(context.Request.Method) && CrossSite(context.Request) is { } why)
        {
            await ErrorPages.RefuseAsync(context, StatusCodes.Status403Forbidden,
                "Pitwall only accepts changes made from its own pages.", why);
            return;
        }
        await next(context);
    });

    /// <summary>
    /// Why the request comes from another site, or null. Browsers send at least one of the two
    /// headers on a cross-site write, and on a cross-site EventSource (the pit wall's streams check it).
    /// </summary>
    public static string? CrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        // "same-site" is a sibling subdomain, which may belong to someone else; "none" is the person typing the URL.
        if (site.Length > 0 && site is not ("same-origin" or "none")) return $"Sec-Fetch-Site: {site}";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
            return $"Origin: {origin}";
        return null;
    }

    public static IApplicationBuilder UseFormGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsUnsafe(context.Request.Method) && context.Request.HasFormContentType)
        {
            // Read here, within the limits, so that MVC binds from a form it can read; a broken one throws to ErrorPages.
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form.Any(f => f.Key.Contains('\0') || f.Value.Any(v => v?.Contains('\0') == true)))
            {
                await ErrorPages.RefuseAsync(context, StatusCodes.Status400BadRequest,
                    "A field holds a NUL character, which Pitwall cannot store: remove it and try again.", "NUL character in a form field");
                return;
            }
        }
        await next(context);
    });
}
