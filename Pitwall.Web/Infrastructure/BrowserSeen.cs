using System.Collections.Concurrent;
using Pitwall.Sql.Browsers;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Keeps a browser in use known (BrowserCookie.SeenAsync) on any request, not only on a switch.
/// Each instance asks the database at most once an hour per browser; the statement itself also
/// holds to the hour, so several instances mark a browser at most once an hour between them.
/// A database that is away costs nothing here: the request goes on, and the next hour tries again.
/// </summary>
public sealed class BrowserSeen(RequestDelegate next, ILogger<BrowserSeen> logger)
{
    static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    const int Remembered = 50_000;
    readonly ConcurrentDictionary<string, DateTime> _asked = new();

    public async Task InvokeAsync(HttpContext context, BrowserCookie cookie, BrowserStore store)
    {
        // Pages and fragments only: a static file is cached for a year and must never carry a cookie.
        if (cookie.Key is { } key && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is not null)
        {
            var name = Convert.ToHexString(key);
            var now = DateTime.UtcNow;
            if (!_asked.TryGetValue(name, out var last) || now - last > Hour)
            {
                if (_asked.Count >= Remembered) _asked.Clear();
                _asked[name] = now;
                try
                {
                    await cookie.SeenAsync(store, context.RequestAborted);
                }
                catch (Exception e) when (Pitwall.Sql.Database.Db.IsConnectionLost(e))
                {
                    logger.LogDebug("Browser not marked seen: {Cause}", e.GetBaseException().Message);
                }
            }
        }
        await next(context);
    }
}
