using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.PitWall;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// The wall's side of the pit wall: the board of a team (the browser's racer's team unless
/// another is picked), its live stream, a racer's session read-only, and the wall's messages to
/// that racer. The team is in every URL; a racer or message of another team is a 404 and
/// changes nothing. Nothing here switches the browser's racer.
/// </summary>
public sealed class PitWallController(PitWallStore pitWall, BrowserCookie browser, LiveView live, FragmentRenderer renderer) : Controller
{
    [HttpGet("/pit-wall")]
    public async Task<IActionResult> Board([FromQuery] int? team, CancellationToken ct)
    {
        if (await pitWall.BoardAsync(browser.Key, team, ct) is not { } board) return NotFound();
        var view = new BoardView(board);
        return this.TabOrPage(new Page(Tabs.PitWall, PitWallBoard.Of(view)));
    }

    [HttpGet("/pit-wall/teams/{team:int}/stream")]
    public async Task BoardStream(int team)
    {
        if (!await LiveView.AdmitAsync(HttpContext)) return;
        if (!await pitWall.TeamExistsAsync(team, HttpContext.RequestAborted))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await live.RunAsync(HttpContext, $"cards:{team}", "cards", s => s.Team == team, async () =>
            await renderer.RenderAsync("~/Features/PitWall/_BoardCards.cshtml", new BoardCardsView(team, await pitWall.CardsAsync(team))));
    }

    [HttpGet("/pit-wall/teams/{team:int}/racers/{racer:int}")]
    public async Task<IActionResult> Racer(int team, int racer, CancellationToken ct)
    {
        if (await pitWall.RacerAsync(team, racer, ct) is not { } seen || await pitWall.WallThreadAsync(team, racer, ct) is not { } thread) return NotFound();
        var view = new WallRacerView(team, seen, thread);
        return this.TabOrPage(new Page(Tabs.PitWall, WallRacerPanel.Of(view)));
    }

    [HttpGet("/pit-wall/teams/{team:int}/racers/{racer:int}/messages/stream")]
    public async Task ThreadStream(int team, int racer)
    {
        if (!await LiveView.AdmitAsync(HttpContext)) return;
        if (await pitWall.WallThreadAsync(team, racer, HttpContext.RequestAborted) is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await live.RunAsync(HttpContext, $"wall-thread:{team}:{racer}", "messages", s => s.Team == team && s.Racer == racer, async () =>
            await pitWall.WallThreadAsync(team, racer) is { } thread
                ? await renderer.RenderAsync("~/Features/PitWall/_MessageList.cshtml", new ThreadListView(thread, ThreadSide.Wall))
                : "");
    }

    [HttpPost("/pit-wall/teams/{team:int}/racers/{racer:int}/messages")]
    public async Task<IActionResult> Send(int team, int racer, [FromForm] MessageForm form, CancellationToken ct)
    {
        form.Session = null;
        if (!form.Validate()) return await ThreadAsync(team, racer, form, ct, StatusCodes.Status422UnprocessableEntity);
        return await pitWall.SendFromWallAsync(team, racer, form.Type!, form.CleanText, ct) switch
        {
            MessageOutcome.Done => await ThreadAsync(team, racer, new MessageForm { Type = form.Type }, ct),
            _ => NotFound(),
        };
    }

    /// <summary>The button sends the section's form along, so that a message being typed stays.</summary>
    [HttpPost("/pit-wall/teams/{team:int}/messages/{id:int}/read")]
    public async Task<IActionResult> Read(int team, int id, [FromForm] MessageForm form, CancellationToken ct) =>
        await pitWall.ReadByWallAsync(team, id, ct) is { } racer ? await ThreadAsync(team, racer, form, ct) : NotFound();

    /// <summary>The wall's thread with the racer (the section its forms target); opened without htmx, the racer's page.</summary>
    async Task<IActionResult> ThreadAsync(int team, int racer, MessageForm form, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/pit-wall/teams/{team}/racers/{racer}");
        if (await pitWall.WallThreadAsync(team, racer, ct) is not { } thread) return NotFound();
        Response.StatusCode = status;
        return PitWallThread.Of(new ThreadView(thread, ThreadSide.Wall, form)).Fragment(this);
    }

    /// <summary>The main area (tabs and panel) for htmx, the page for a browser.</summary>
}
