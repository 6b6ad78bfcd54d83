using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// One open event stream (htmx's SSE extension on the page): the fragment at once, then again
/// after every signal the view wants, until the browser goes or the app stops. It holds no
/// database connection: reads are shared (LiveFragments) and brief. On connect (and on every
/// reconnect the browser makes by itself) the fragment is read afresh, so what changed while it
/// was away is shown. Past PITWALL_LIVE_VIEWS open streams on this instance, the answer is the
/// fragment once with "refreshing every 15 s" and retry: 15000, so the browser's EventSource
/// asks again in 15 s: a refresh, with no polling loop in the page.
/// </summary>
public sealed class LiveView(PitWallHub hub, LiveFragments fragments, IHostApplicationLifetime lifetime, ILogger<LiveView> logger)
{
    public const string StatusEvent = "live";
    public const string LiveText = "● Live";
    public const string BusyText = "Live updates are full on this server: this view refreshes every 15 s.";

    /// <summary>True when the request may open a stream; otherwise the answer (403 for another site) is written.</summary>
    public static async Task<bool> AdmitAsync(HttpContext http)
    {
        if (RequestGuards.CrossSite(http.Request) is not { } why) return true;
        await ErrorPages.RefuseAsync(http, StatusCodes.Status403Forbidden, "Pitwall's live views open from its own pages only.", why);
        return false;
    }

    /// <param name="key">The fragment's name in LiveFragments (same key, same HTML for every viewer).</param>
    /// <param name="eventName">The SSE event the page's sse-swap element takes.</param>
    public async Task RunAsync(HttpContext http, string key, string eventName, Func<PitWallSignal, bool> wants, Func<Task<string>> render)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var ct = stop.Token;
        try
        {
            if (!hub.TryOpenView())
            {
                await WriteAsync(response, $"retry: {(int)PitWallSettings.FallbackRefresh.TotalMilliseconds}\n\n", ct);
                await EventAsync(response, StatusEvent, BusyText, ct);
                if (await TryRenderAsync(key, hub.Seq, render) is { } once) await EventAsync(response, eventName, once, ct);
                return;
            }
            try
            {
                // Subscribed before the first read, so that nothing committed after that read goes unheard.
                using var subscription = hub.Subscribe(wants);
                await WriteAsync(response, "retry: 1000\n\n", ct);
                await EventAsync(response, StatusEvent, LiveText, ct);
                string? sent = null;
                var seq = hub.Seq;
                while (true)
                {
                    var html = await TryRenderAsync(key, seq, render);
                    if (html is not null && html != sent) await EventAsync(response, eventName, sent = html, ct);
                    else await WriteAsync(response, ": unchanged\n\n", ct);
                    seq = await subscription.NextAsync(ct);
                }
            }
            finally
            {
                hub.CloseView();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The browser went away or the app is stopping: the stream simply ends.
        }
    }

    /// <summary>The fragment as of signal <paramref name="seq"/>, or null while the database is away (the listener's reconnect brings a signal).</summary>
    async Task<string?> TryRenderAsync(string key, long seq, Func<Task<string>> render)
    {
        try
        {
            return await fragments.GetAsync(key, seq, render);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or Pitwall.Sql.Database.DatabaseUnavailableException)
        {
            logger.LogDebug("Live view {Key} not refreshed: {Cause}", key, e.GetBaseException().Message);
            return null;
        }
    }

    /// <summary>An SSE event: each line of the fragment as a data line.</summary>
    static Task EventAsync(HttpResponse response, string name, string html, CancellationToken ct)
    {
        var text = new StringBuilder("event: ").Append(name).Append('\n');
        foreach (var line in html.Split('\n')) text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        return WriteAsync(response, text.Append('\n').ToString(), ct);
    }

    static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.WriteAsync(text, ct);
        await response.Body.FlushAsync(ct);
    }
}
