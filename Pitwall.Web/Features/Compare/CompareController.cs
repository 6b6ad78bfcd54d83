using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Compare;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Compare;

/// <summary>
/// Compare setups (<c>/compare?a=…&amp;b=…</c>, each side <c>car-12</c>, <c>baseline-3</c> or
/// <c>session-45</c>) and what "Compare" offers for a session. A side of another racer is a 404.
/// </summary>
public sealed class CompareController(CompareStore compare, BrowserCookie browser) : Controller
{
    [HttpGet("/compare")]
    public async Task<IActionResult> Setups([FromQuery] string? a, [FromQuery] string? b, CancellationToken ct)
    {
        var (left, right) = (SetupRef.Parse(a), SetupRef.Parse(b));
        foreach (var (given, parsed) in new[] { (a, left), (b, right) })
            if (!string.IsNullOrWhiteSpace(given) && parsed is null)
                return await RefuseAsync($"\"{given}\" does not name a setup (car-…, baseline-…, session-… or library-…).");
        if (await compare.SetupsAsync(browser.Key, left, right, ct) is not { } setups) return NotFound();
        // A side asked for and not found is another racer's (or no one's): 404, as every such id.
        if ((left is not null && setups.A is null) || (right is not null && setups.B is null)) return NotFound();
        var view = new CompareView(setups);
        return this.PanelOrPage(Tabs.EventSetup, ComparePanel.Of(view));
    }

    /// <summary>
    /// "Compare with my car" from a library entry: against the active racer's car of the same brand
    /// and model (its current baseline), else with side B left for the racer to pick.
    /// </summary>
    [HttpGet("/library/entries/{id:int}/compare")]
    public async Task<IActionResult> LibraryWithMyCar(int id, CancellationToken ct)
    {
        var entry = new SetupRef(SetupRef.Library, id);
        var (exists, car) = await compare.MyCarAsync(browser.Key, id, ct);
        if (!exists) return NotFound();
        return Redirect(car is { } mine ? $"/compare?a={entry}&b=car-{mine}" : $"/compare?a={entry}");
    }

    [HttpGet("/event-setup/sessions/{id:int}/compare")]
    public async Task<IActionResult> SessionOffers(int id, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (await compare.OffersAsync(browser.Key, id, ct) is not { } offers) return NotFound();
        return Request.IsHtmx()
            ? CompareOffersPanel.Of(new CompareOffersView(offers)).Fragment(this)
            : Redirect($"/compare?b=session-{id}");
    }

    async Task<IActionResult> RefuseAsync(string message)
    {
        await ErrorPages.RefuseAsync(HttpContext, StatusCodes.Status400BadRequest, message, message);
        return new EmptyResult();
    }
}
