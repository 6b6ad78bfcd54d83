using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Shared;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>
/// Event Setup: ➕ New Session (a draft copied from the car's baseline), the draft that saves as
/// the racer types, Lock Config, and past sessions reopened. Ids of another racer are a 404.
/// </summary>
[Route("/event-setup")]
public sealed class EventSetupController(EventSessionStore sessions, BrowserCookie browser, RacerClock clock) : Controller
{
    [HttpGet("panel")]
    public async Task<IActionResult> Panel(CancellationToken ct) =>
        this.PanelOrPage(Tabs.EventSetup, EventSetupPanel.From(await sessions.PanelAsync(browser.Key, null, ct)));

    [HttpGet("sessions/{id:int}")]
    public async Task<IActionResult> Reopen(int id, CancellationToken ct) =>
        await sessions.PanelAsync(browser.Key, id, ct) is { Open.Id: var open } content && open == id
            ? this.PanelOrPage(Tabs.EventSetup, EventSetupPanel.Of(new EventSetupView(content)))
            : NotFound();

    [HttpGet("sessions/new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        if (await sessions.PanelAsync(browser.Key, null, ct) is not { } content) return NotFound();
        var view = new EventSetupView(content, NewSessionForm.On(clock.Today));
        return this.FragmentOrPage(NewSession.Of(view), new Page(Tabs.EventSetup, EventSetupPanel.Of(view)));
    }

    /// <summary>The form targets the panel: the new draft opened in it, or the form with its messages (422).</summary>
    [HttpPost("sessions")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Create([FromForm] NewSessionForm form, CancellationToken ct)
    {
        // A valid form goes straight to the insert, which finds only the racer's own car (else 404);
        // the panel is read once, to show the new draft, or the form with its messages.
        if (form.Validate())
            return await sessions.CreateDraftAsync(browser.Key, form.CarId!.Value, form.ToDetails(), ct) is { } id
                ? await OpenedAsync(id, ct)
                : NotFound();
        if (await sessions.PanelAsync(browser.Key, null, ct) is not { } content) return NotFound();
        var view = new EventSetupView(content, form);
        // Another racer's car is not found, as every id of another racer is (not a form mistake).
        if (form.CarId is { } car && view.Car(car) is null) return NotFound();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return this.PanelOrPage(Tabs.EventSetup, EventSetupPanel.Of(view));
    }

    [HttpPost("sessions/{id:int}/draft")]
    public Task<IActionResult> SaveDraft(int id, [FromForm] DraftForm form, [FromForm(Name = "setup")] Dictionary<string, string>? setup, CancellationToken ct) =>
        SaveAsync(id, form, setup, lockIt: false, ct);

    [HttpPost("sessions/{id:int}/lock")]
    public Task<IActionResult> Lock(int id, [FromForm] DraftForm form, [FromForm(Name = "setup")] Dictionary<string, string>? setup, CancellationToken ct) =>
        SaveAsync(id, form, setup, lockIt: true, ct);

    /// <summary>
    /// Checks the draft against the session as stored (read first, no lock held), then saves it
    /// (and locks it) in one transaction that goes ahead only while the session is unchanged
    /// since that read; its outcome decides the answer: the status line with the notes beside the
    /// fields, or, once locked, the panel.
    /// </summary>
    async Task<IActionResult> SaveAsync(int id, DraftForm form, Dictionary<string, string>? setup, bool lockIt, CancellationToken ct)
    {
        if (await sessions.StoredAsync(browser.Key, id, ct) is not { } stored) return NotFound();
        form.Setup = new SetupSheetForm(setup ?? [], stored.Setup);
        form.Stored = (stored.Type, stored.TrackSize, stored.Traction);
        var notes = SetupSheetView.Of("draft", form.Setup, stored.Baseline);
        var outcome = !form.Validate() ? DraftOutcome.Invalid
            : stored.Status != "draft" ? DraftOutcome.NotADraft
            : await sessions.SaveDraftAsync(browser.Key, id, form.ToDetails(), form.Setup.ToSetup().ToJson(SetupShape.Flat), lockIt, stored.Version, ct);
        switch (outcome)
        {
            case DraftOutcome.Saved when lockIt:
                return await OpenedAsync(id, ct);
            case DraftOutcome.Saved:
                return StatusLine(StatusCodes.Status200OK, new DraftStatus($"Saved at {clock.Now:HH:mm:ss}", notes, Ok: true), false);
            case DraftOutcome.Invalid:
                return StatusLine(StatusCodes.Status422UnprocessableEntity, new DraftStatus(form.Problem, notes), lockIt);
            case DraftOutcome.NotADraft:
                return StatusLine(StatusCodes.Status409Conflict,
                    new DraftStatus("This session is locked: reopen it to read it, or start a new session.", null), lockIt);
            case DraftOutcome.Changed:
                return StatusLine(StatusCodes.Status409Conflict,
                    new DraftStatus("This draft changed while it was being saved (in another window?): nothing was saved. Reopen it to see it.", null), lockIt);
            default:
                return NotFound();
        }
    }

    // Lock Config targets the panel (#event-setup, in the markup): once locked, the panel shows
    // the session read-only. A refusal belongs in the draft's status line, which only the server
    // knows at that point: so, and only then, the swap is redirected there.
    IActionResult StatusLine(int status, DraftStatus line, bool fromLock)
    {
        Response.StatusCode = status;
        if (fromLock)
        {
            Response.Headers["HX-Retarget"] = "#draft-status";
            Response.Headers["HX-Reswap"] = "outerHTML";
        }
        return DraftStatusLine.Of(line).Fragment(this);
    }

    /// <summary>The panel with this session open (at its own URL for a browser).</summary>
    async Task<IActionResult> OpenedAsync(int id, CancellationToken ct)
    {
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        return await sessions.PanelAsync(browser.Key, id, ct) is { } content
            ? EventSetupPanel.Of(new EventSetupView(content)).Fragment(this)
            : NotFound();
    }
}
