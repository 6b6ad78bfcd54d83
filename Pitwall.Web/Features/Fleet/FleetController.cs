using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Shared;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Fleet;

/// <summary>
/// Shop Master: the active racer's cars. A car id of another racer is a 404 and changes
/// nothing (every statement is scoped to this browser's racer). The car form targets the
/// fleet panel, so every command answers with it: the list on success, the form with its
/// messages on a mistake.
/// </summary>
[Route("/shop-master")]
public sealed class FleetController(CarStore cars, BrowserCookie browser) : Controller
{
    [HttpGet("fleet")]
    public async Task<IActionResult> Fleet(CancellationToken ct) => await PanelAsync(null, ct);

    [HttpGet("cars/new")]
    public Task<IActionResult> New(CancellationToken ct) => EditorAsync(new CarForm(), ct);

    [HttpGet("cars/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await cars.GetAsync(browser.Key, id, ct) is { } car ? await EditorAsync(CarForm.From(car), ct) : NotFound();

    [HttpPost("cars")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Create([FromForm] CarForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!form.Validate()) return await InvalidAsync(form, ct);
        var (outcome, _) = await cars.CreateAsync(browser.Key, form.Fields, ct);
        return await AnswerAsync(outcome, form, ct);
    }

    [HttpPost("cars/{id:int}")]
    public async Task<IActionResult> Update(int id, [FromForm] CarForm form, [FromForm(Name = "setup")] Dictionary<string, string>? setup, CancellationToken ct)
    {
        form.Id = id;
        // The stored baseline decides what "left as it was" means, so the sheet is checked against
        // it inside the transaction that holds the car (FOR UPDATE) until it is saved.
        var outcome = await cars.UpdateAsync(browser.Key, id, form.Fields, stored =>
        {
            form.Setup = new SetupSheetForm(setup ?? [], SetupValues.Parse(stored.Baseline));
            return form.Validate() ? form.Setup.ToSetup().ToJson(SetupShape.Nested) : null;
        }, ct);
        return await AnswerAsync(outcome, form, ct);
    }

    [HttpPost("cars/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch (await cars.DeleteAsync(browser.Key, id, ct))
        {
            case FleetWriteOutcome.Saved:
                return await SavedAsync(ct);
            case FleetWriteOutcome.StillReferenced when await cars.GetAsync(browser.Key, id, ct) is { } car:
                var form = CarForm.From(car);
                form.Errors["Delete"] = "Records of the earlier tool (setup changes, results, …) still refer to this car or its sessions, so it cannot be deleted here.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await PanelAsync(form, ct);
            default:
                return NotFound();
        }
    }

    async Task<IActionResult> AnswerAsync(FleetWriteOutcome outcome, CarForm form, CancellationToken ct)
    {
        switch (outcome)
        {
            case FleetWriteOutcome.Saved:
                return await SavedAsync(ct);
            case FleetWriteOutcome.Duplicate:
                form.Errors[nameof(form.Model)] = form.DuplicateMessage;
                return await InvalidAsync(form, ct);
            case FleetWriteOutcome.Invalid:
                return await InvalidAsync(form, ct);
            default:
                return NotFound();
        }
    }

    /// <summary>htmx opens the form alone (nothing to read); a browser gets the fleet with the form open in it.</summary>
    async Task<IActionResult> EditorAsync(CarForm form, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        return Request.IsHtmx() ? CarEditor.Of(form).Fragment(this) : new FullPage(new Page(Tabs.ShopMaster, await FleetAsync(form, ct)));
    }

    async Task<IActionResult> PanelAsync(CarForm? form, CancellationToken ct) => this.PanelOrPage(Tabs.ShopMaster, await FleetAsync(form, ct));

    /// <summary>The fleet panel's one read (Cars_FleetPanel.sql), with the car form open in it when given.</summary>
    async Task<IPanel> FleetAsync(CarForm? form, CancellationToken ct) =>
        FleetPanel.From(await cars.FleetPanelAsync(browser.Key, ct), form);

    Task<IActionResult> InvalidAsync(CarForm form, CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return PanelAsync(form, ct);
    }

    async Task<IActionResult> SavedAsync(CancellationToken ct) => Request.IsHtmx()
        ? (await FleetAsync(null, ct)).Fragment(this)
        : Redirect("/shop-master");
}
