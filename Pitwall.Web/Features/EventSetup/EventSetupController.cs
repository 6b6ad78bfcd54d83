using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Features.Shared;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>
/// Event Setup: ➕ New Session (a draft copied from the car's baseline), the draft that saves as
/// the racer types, Lock Config, and past sessions reopened. Ids of another racer are a 404.
/// </summary>
[Route("/event-setup")]
public sealed class EventSetupController(EventSessionStore sessions, PageLoader loader, BrowserSession session) : Controller
{
    const string Panel = "~/Features/EventSetup/_EventSetup.cshtml";
    const string NewForm = "~/Features/EventSetup/_NewSessionForm.cshtml";
    const string Status = "~/Features/EventSetup/_DraftStatus.cshtml";

    [HttpGet("panel")]
    public Task<IActionResult> EventSetupPanel(CancellationToken ct) => ShowAsync(null, null, ct);

    [HttpGet("sessions/{id:int}")]
    public Task<IActionResult> Reopen(int id, CancellationToken ct) => ShowAsync(id, null, ct);

    [HttpGet("sessions/new")]
    public Task<IActionResult> New(CancellationToken ct) => ShowAsync(null, NewSessionForm.Today(), ct);

    [HttpPost("sessions")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Create([FromForm] NewSessionForm form, CancellationToken ct)
    {
        if (await loader.EventSetupAsync(null, form, ct) is not { } view) return NotFound();
        // Another racer's car is not found, as every id of another racer is (not a form mistake).
        if (form.CarId is { } car && view.Car(car) is null) return NotFound();
        if (!form.Validate(view.Panel.Cars))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Request.IsHtmx() ? PartialView(NewForm, view) : View(HtmxResponses.PageView, await PageModelAsync(view, ct));
        }
        var id = await sessions.CreateDraftAsync(session.Key, form.CarId!.Value, form.ToDetails(), ct);
        return id is null ? NotFound() : await ChangedAsync(id, ct);
    }

    [HttpPost("sessions/{id:int}/draft")]
    public Task<IActionResult> SaveDraft(int id, [FromForm] DraftForm form, [FromForm(Name = "setup")] Dictionary<string, string>? setup, CancellationToken ct) =>
        SaveAsync(id, form, setup, lockIt: false, ct);

    [HttpPost("sessions/{id:int}/lock")]
    public Task<IActionResult> Lock(int id, [FromForm] DraftForm form, [FromForm(Name = "setup")] Dictionary<string, string>? setup, CancellationToken ct) =>
        SaveAsync(id, form, setup, lockIt: true, ct);

    /// <summary>
    /// Checks the draft, then saves it (and locks it) in one statement whose outcome decides the
    /// answer: the status line with the notes beside the fields, or, once locked, the panel.
    /// </summary>
    async Task<IActionResult> SaveAsync(int id, DraftForm form, Dictionary<string, string>? setup, bool lockIt, CancellationToken ct)
    {
        if (await sessions.GetAsync(session.Key, id, ct) is not { } stored) return NotFound();
        var baseline = SetupValues.Parse(stored.Baseline);
        form.Setup = new SetupSheetForm(setup ?? [], SetupValues.Parse(stored.Setup));
        form.Stored = (stored.Type, stored.TrackSize, stored.Traction);
        if (!form.Validate())
            return StatusLine(StatusCodes.Status422UnprocessableEntity, new DraftStatus(form.Problem, SetupSheetView.Of("draft", form.Setup, baseline)), lockIt);

        switch (await sessions.SaveDraftAsync(session.Key, id, form.ToDetails(), form.Setup.ToSetup().ToJson(SetupShape.Flat), lockIt, ct))
        {
            case DraftOutcome.Saved when lockIt:
                return await ChangedAsync(id, ct);
            case DraftOutcome.Saved:
                return PartialView(Status, new DraftStatus($"Saved at {DateTime.Now:HH:mm:ss}", SetupSheetView.Of("draft", form.Setup, baseline), Ok: true));
            case DraftOutcome.NotADraft:
                return StatusLine(StatusCodes.Status409Conflict,
                    new DraftStatus("This session is locked: reopen it to read it, or start a new session.", null), lockIt);
            default:
                return NotFound();
        }
    }

    // "Lock Config" swaps the whole panel when it succeeds; a refusal belongs in the draft's
    // status line, which only the server knows at that point: so the swap is redirected there.
    IActionResult StatusLine(int status, DraftStatus line, bool fromLock)
    {
        Response.StatusCode = status;
        if (fromLock) Response.Retarget("#draft-status");
        return PartialView(Status, line);
    }

    async Task<IActionResult> ShowAsync(int? open, NewSessionForm? form, CancellationToken ct)
    {
        if (await loader.EventSetupAsync(open, form, ct) is not { } view) return NotFound();
        if (open is not null && view.Open?.Id != open) return NotFound();
        return await this.FragmentOrPageAsync(form is null ? Panel : NewForm, view, () => PageModelAsync(view, ct));
    }

    Task<object> PageModelAsync(EventSetupView view, CancellationToken ct) =>
        loader.PageAsync(new MainPanel(Tabs.EventSetup, EventSetup: view), null, ct);

    async Task<IActionResult> ChangedAsync(int? open, CancellationToken ct)
    {
        if (!Request.IsHtmx()) return Redirect(open is null ? "/event-setup" : $"/event-setup/sessions/{open}");
        Response.Retarget("#event-setup");
        return await loader.EventSetupAsync(open, null, ct) is { } view ? PartialView(Panel, view) : NotFound();
    }
}

/// <summary>The draft's status line, with the notes beside the fields swapped out of band.</summary>
public sealed record DraftStatus(string Text, SetupSheetView? Notes, bool Ok = false);
