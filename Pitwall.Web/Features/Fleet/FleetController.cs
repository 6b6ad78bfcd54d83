using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Shared;
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
    public IActionResult Fleet() => this.PanelOrPage(new Page(Tabs.ShopMaster, typeof(FleetPanel)));

    [HttpGet("cars/new")]
    public IActionResult New() => Editor(new CarForm());

    [HttpGet("cars/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await cars.GetAsync(browser.Key, id, ct) is { } car ? Editor(CarForm.From(car)) : NotFound();

    [HttpPost("cars")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Create([FromForm] CarForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!form.Validate()) return Invalid(form);
        var (outcome, _) = await cars.CreateAsync(browser.Key, form.Fields, ct);
        return Answer(outcome, form);
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
        return Answer(outcome, form);
    }

    [HttpPost("cars/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch (await cars.DeleteAsync(browser.Key, id, ct))
        {
            case FleetWriteOutcome.Saved:
                return Saved();
            case FleetWriteOutcome.StillReferenced when await cars.GetAsync(browser.Key, id, ct) is { } car:
                var form = CarForm.From(car);
                form.Errors["Delete"] = "Records of the earlier tool (setup changes, results, …) still refer to this car or its sessions, so it cannot be deleted here.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Panel(form);
            default:
                return NotFound();
        }
    }

    IActionResult Answer(FleetWriteOutcome outcome, CarForm form)
    {
        switch (outcome)
        {
            case FleetWriteOutcome.Saved:
                return Saved();
            case FleetWriteOutcome.Duplicate:
                form.Errors[nameof(form.Model)] = form.DuplicateMessage;
                return Invalid(form);
            case FleetWriteOutcome.Invalid:
                return Invalid(form);
            default:
                return NotFound();
        }
    }

    IActionResult Editor(CarForm form) =>
        this.FragmentOrPage(typeof(CarEditor), new { form }, new Page(Tabs.ShopMaster, typeof(FleetPanel), new { form }));

    IActionResult Panel(CarForm form) => this.PanelOrPage(new Page(Tabs.ShopMaster, typeof(FleetPanel), new { form }));

    IActionResult Invalid(CarForm form)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Panel(form);
    }

    IActionResult Saved() => Request.IsHtmx()
        ? ViewComponent(typeof(FleetPanel))
        : Redirect("/shop-master");
}
