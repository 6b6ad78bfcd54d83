using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Changes;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.EventSetup;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Changes;

/// <summary>
/// What changed, and did it help: a session's actions and Close Session (rating, what the car did,
/// observation), and a car's Changes view. Another racer's session or car is a 404 and changes nothing.
/// </summary>
public sealed class ChangesController(ChangeStore changes, EventSessionStore sessions, Pitwall.Sql.RunNotes.RunNoteStore runNotes, BrowserCookie browser,
    ILogger<ChangesController> log) : Controller
{
    [HttpGet("/event-setup/sessions/{id:int}/closeout")]
    public Task<IActionResult> SessionActions(int id, CancellationToken ct) => ActionsAsync(id, null, ct);

    /// <summary>What the car did starts on the symptom the session's run notes tapped most (Symptoms.MostTappedFeel).</summary>
    [HttpGet("/event-setup/sessions/{id:int}/closeout/new")]
    public async Task<IActionResult> NewCloseout(int id, CancellationToken ct) =>
        await ActionsAsync(id, new CloseoutForm { Feel = await runNotes.MostTappedFeelAsync(browser.Key, id, ct) }, ct);

    /// <summary>The form targets the panel (<c>#event-setup</c>, in the markup): once closed, the session's status changes there.</summary>
    [HttpPost("/event-setup/sessions/{id:int}/close")]
    public async Task<IActionResult> Close(int id, [FromForm] CloseoutForm form, CancellationToken ct)
    {
        if (!form.Validate())
            return await ActionsAsync(id, form, ct, StatusCodes.Status422UnprocessableEntity, refused: true);
        switch (await changes.CloseAsync(browser.Key, id, form.ToCloseout(), ct))
        {
            case CloseOutcome.Closed:
                log.LogInformation("Session {SessionId} closed with rating {Rating}", id, form.Rating);
                if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
                return await sessions.PanelAsync(browser.Key, id, ct) is { } content
                    ? EventSetupPanel.Of(new EventSetupView(content)).Fragment(this)
                    : NotFound();
            case CloseOutcome.StillADraft:
                form.Errors[nameof(form.Rating)] = "Lock the session first: a draft cannot be closed.";
                return await ActionsAsync(id, form, ct, StatusCodes.Status409Conflict, refused: true);
            case CloseOutcome.AlreadyClosed:
                form.Errors[nameof(form.Rating)] = "This session is already closed.";
                return await ActionsAsync(id, form, ct, StatusCodes.Status409Conflict, refused: true);
            default:
                return NotFound();
        }
    }

    [HttpGet("/shop-master/cars/{id:int}/changes")]
    public async Task<IActionResult> CarChanges(int id, [FromQuery] string? parameter, CancellationToken ct)
    {
        if (await changes.ForCarAsync(browser.Key, id, ct) is not { } car) return NotFound();
        var filter = string.IsNullOrWhiteSpace(parameter) ? null : parameter.Trim();
        var view = new ChangesView(car, filter);
        if (filter is not null && SetupSheet.Find(filter) is null && !view.Parameters.Contains(filter))
        {
            var message = $"\"{filter}\" is not a parameter of the setup sheet.";
            await ErrorPages.RefuseAsync(HttpContext, StatusCodes.Status400BadRequest, message, message);
            return new EmptyResult();
        }
        return this.PanelOrPage(Tabs.ShopMaster, ChangesPanel.Of(view));
    }

    // Close Session targets the Event Setup panel (in the markup). A refusal (422, 409) belongs in
    // the closeout form, which only the server knows at that point: so, and only then, the swap is
    // redirected to the session's actions.
    async Task<IActionResult> ActionsAsync(int id, CloseoutForm? form, CancellationToken ct, int status = StatusCodes.Status200OK, bool refused = false)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        if (await changes.CloseoutAsync(browser.Key, id, ct) is not { } session) return NotFound();
        Response.StatusCode = status;
        if (refused)
        {
            Response.Headers["HX-Retarget"] = "#session-actions";
            Response.Headers["HX-Reswap"] = "outerHTML";
        }
        return SessionActionsPanel.Of(new SessionActions(session, form)).Fragment(this);
    }
}
