using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Changes;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Changes;

/// <summary>
/// What changed, and did it help: a session's actions and Close Session (rating, what the car did,
/// observation), and a car's Changes view. Another racer's session or car is a 404 and changes nothing.
/// </summary>
public sealed class ChangesController(ChangeStore changes, PageLoader loader, BrowserSession browser, ILogger<ChangesController> log) : Controller
{
    const string Actions = "~/Features/Changes/_SessionActions.cshtml";
    const string ChangesPartial = "~/Features/Changes/_Changes.cshtml";
    const string EventSetupPanel = "~/Features/EventSetup/_EventSetup.cshtml";

    [HttpGet("/event-setup/sessions/{id:int}/closeout")]
    public Task<IActionResult> SessionActions(int id, CancellationToken ct) => ActionsAsync(id, null, ct);

    [HttpGet("/event-setup/sessions/{id:int}/closeout/new")]
    public Task<IActionResult> NewCloseout(int id, CancellationToken ct) => ActionsAsync(id, new CloseoutForm(), ct);

    [HttpPost("/event-setup/sessions/{id:int}/close")]
    public async Task<IActionResult> Close(int id, [FromForm] CloseoutForm form, CancellationToken ct)
    {
        if (!form.Validate())
            return await ActionsAsync(id, form, ct, StatusCodes.Status422UnprocessableEntity, retarget: true);
        switch (await changes.CloseAsync(browser.Key, id, form.ToCloseout(), ct))
        {
            case CloseOutcome.Closed:
                log.LogInformation("Session {SessionId} closed with rating {Rating}", id, form.Rating);
                if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
                Response.Retarget("#event-setup");
                return await loader.EventSetupAsync(id, null, ct) is { } view ? PartialView(EventSetupPanel, view) : NotFound();
            case CloseOutcome.StillADraft:
                form.Errors[nameof(form.Rating)] = "Lock the session first: a draft cannot be closed.";
                return await ActionsAsync(id, form, ct, StatusCodes.Status409Conflict, retarget: true);
            case CloseOutcome.AlreadyClosed:
                form.Errors[nameof(form.Rating)] = "This session is already closed.";
                return await ActionsAsync(id, form, ct, StatusCodes.Status409Conflict, retarget: true);
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
        return await this.FragmentOrPageAsync(ChangesPartial, view,
            () => loader.PageAsync(new MainPanel(Tabs.ShopMaster, Feature: new FeatureView(ChangesPartial, view)), null, ct));
    }

    async Task<IActionResult> ActionsAsync(int id, CloseoutForm? form, CancellationToken ct, int status = StatusCodes.Status200OK, bool retarget = false)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        if (await changes.CloseoutAsync(browser.Key, id, ct) is not { } session) return NotFound();
        Response.StatusCode = status;
        if (retarget) Response.Retarget("#session-actions");
        return PartialView(Actions, new SessionActions(session, form));
    }
}
