using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.PitWall;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// The racer's side of the pit wall, on their session view: the messages about the racer this
/// browser has open, live, newest first; writing to the wall; "Got it" on a message from it.
/// Scoped to the browser's racer: another racer's session or message is a 404.
/// </summary>
public sealed class RacerMessagesController(PitWallStore pitWall, BrowserCookie browser, LiveView live, FragmentRenderer renderer) : Controller
{
    [HttpGet("/pit-wall/messages")]
    public Task<IActionResult> Thread([FromQuery] int? session, CancellationToken ct) => ThreadAsync(new MessageForm { Session = session }, ct);

    [HttpGet("/pit-wall/messages/stream")]
    public async Task Stream()
    {
        if (!await LiveView.AdmitAsync(HttpContext)) return;
        // The browser's racer, once: the stream then follows that racer (switching racers reloads the section).
        if (await pitWall.RacerThreadAsync(browser.Key, ct: HttpContext.RequestAborted) is not { } thread)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var racer = thread.Owner.RacerId;
        await live.RunAsync(HttpContext, $"racer-thread:{racer}", "messages", s => s.Racer == racer, async () =>
            await pitWall.RacerThreadAsync(null, racer) is { } fresh
                ? await renderer.RenderAsync("~/Features/PitWall/_MessageList.cshtml", new ThreadListView(fresh, ThreadSide.Racer))
                : "");
    }

    [HttpPost("/pit-wall/messages")]
    public async Task<IActionResult> Send([FromForm] MessageForm form, CancellationToken ct)
    {
        if (!form.Validate()) return await ThreadAsync(form, ct, StatusCodes.Status422UnprocessableEntity);
        return await pitWall.SendFromRacerAsync(browser.Key, form.Session, form.Type!, form.CleanText, ct) switch
        {
            MessageOutcome.Done => await ThreadAsync(new MessageForm { Session = form.Session, Type = form.Type }, ct),
            _ => NotFound(),
        };
    }

    /// <summary>The button sends the section's form along (the session, a message being typed), which stays as it was.</summary>
    [HttpPost("/pit-wall/messages/{id:int}/read")]
    public async Task<IActionResult> Read(int id, [FromForm] MessageForm form, CancellationToken ct) =>
        await pitWall.ReadByRacerAsync(browser.Key, id, ct) switch
        {
            MessageOutcome.Done => await ThreadAsync(form, ct),
            _ => NotFound(),
        };

    /// <summary>The racer's messages section (its forms target it); opened without htmx, the Event Setup page where it lives.</summary>
    async Task<IActionResult> ThreadAsync(MessageForm form, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect(form.Session is { } s ? $"/event-setup/sessions/{s}" : "/event-setup");
        if (await pitWall.RacerThreadAsync(browser.Key, ct: ct) is not { } thread) return NotFound();
        Response.StatusCode = status;
        return PitWallThread.Of(new ThreadView(thread, ThreadSide.Racer, form)).Fragment(this);
    }
}
