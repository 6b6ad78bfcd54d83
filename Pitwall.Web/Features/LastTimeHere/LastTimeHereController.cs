using System.Globalization;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.LastTimeHere;
using Pitwall.Web.Features.EventSetup;
using Pitwall.Web.Features.Shared;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.LastTimeHere;

/// <summary>
/// "Last time here": the best earlier session of a car at a track, on ➕ New Session and in a
/// session's view, and a new draft started from its setup. Another racer's car or session is a 404.
/// </summary>
public sealed class LastTimeHereController(LastTimeHereStore lastTime, EventSessionStore sessions, BrowserCookie browser,
    RacerClock clock, ILogger<LastTimeHereController> log) : Controller
{
    /// <summary>The card for the car and track typed on ➕ New Session (nothing to look for: the empty slot).</summary>
    [HttpGet("/event-setup/last-time-here")]
    public async Task<IActionResult> ForNewSession([FromQuery] string? carId, [FromQuery] string? trackName, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect("/event-setup/sessions/new");
        var track = TextRules.Clean(trackName);
        if (!int.TryParse(carId, NumberStyles.None, CultureInfo.InvariantCulture, out var car) || track is null)
            return Card(new LastTimeHereView(null));
        return await lastTime.ForTrackAsync(browser.Key, car, track, ct) is { } content ? Card(new LastTimeHereView(content)) : NotFound();
    }

    [HttpGet("/event-setup/sessions/{id:int}/last-time-here")]
    public async Task<IActionResult> ForSession(int id, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        return await lastTime.ForSessionAsync(browser.Key, id, ct) is { } content ? Card(new LastTimeHereView(content, id)) : NotFound();
    }

    /// <summary>➕ New Session for this car at this track (from a session's card): the form, whose card then offers to start from it.</summary>
    [HttpGet("/event-setup/sessions/new/here")]
    public async Task<IActionResult> NewHere([FromQuery] int car, [FromQuery] string? track, CancellationToken ct)
    {
        if (await sessions.PanelAsync(browser.Key, null, ct) is not { } content) return NotFound();
        var form = NewSessionForm.On(clock.Today);
        form.CarId = car;
        form.TrackName = TextRules.Clean(track);
        var view = new EventSetupView(content, form);
        if (view.Car(car) is null) return NotFound();
        return this.FragmentOrPage(NewSession.Of(view), new Page(Tabs.EventSetup, EventSetupPanel.Of(view)));
    }

    /// <summary>
    /// "Start from this session's setup": ➕ New Session as typed, its setup a copy of session
    /// <paramref name="source"/>'s (of the same car) instead of the baseline. Answers as ➕ New Session does.
    /// </summary>
    [HttpPost("/event-setup/sessions/from/{source:int}")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> StartFrom(int source, [FromForm] NewSessionForm form, CancellationToken ct)
    {
        if (!form.Validate())
        {
            if (await sessions.PanelAsync(browser.Key, null, ct) is not { } content) return NotFound();
            var view = new EventSetupView(content, form);
            if (form.CarId is { } chosen && view.Car(chosen) is null) return NotFound();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return this.PanelOrPage(Tabs.EventSetup, EventSetupPanel.Of(view));
        }
        // The insert finds only the racer's own car and source session (else 404), as ➕ New Session's does.
        if (await lastTime.StartDraftAsync(browser.Key, form.CarId!.Value, source, form.ToDetails(), ct) is not { } id) return NotFound();
        log.LogInformation("Draft {SessionId} started from session {Source}", id, source);
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        return await sessions.PanelAsync(browser.Key, id, ct) is { } opened
            ? EventSetupPanel.Of(new EventSetupView(opened)).Fragment(this)
            : NotFound();
    }

    IActionResult Card(LastTimeHereView view) => LastTimeHerePanel.Of(view).Fragment(this);
}
