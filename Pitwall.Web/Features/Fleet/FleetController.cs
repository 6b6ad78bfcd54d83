using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Features.Shared;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Fleet;

/// <summary>
/// Shop Master: the active racer's cars. A car id of another racer is a 404 and changes
/// nothing (every statement is scoped to this browser's racer). Changes answer with the panel.
/// </summary>
[Route("/shop-master")]
public sealed class FleetController(VehicleStore vehicles, PageLoader loader, BrowserSession session) : Controller
{
    const string Panel = "~/Features/Fleet/_FleetPanel.cshtml";
    const string Form = "~/Features/Fleet/_CarForm.cshtml";

    [HttpGet("fleet")]
    public async Task<IActionResult> FleetPanel(CancellationToken ct) => await ShowAsync(null, ct);

    [HttpGet("cars/new")]
    public async Task<IActionResult> New(CancellationToken ct) => await ShowAsync(new CarForm(), ct);

    [HttpGet("cars/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await vehicles.GetAsync(session.Key, id, ct) is { } car ? await ShowAsync(CarForm.From(car), ct) : NotFound();

    [HttpPost("cars")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Create([FromForm] CarForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!form.Validate()) return await InvalidAsync(form, ct);
        var (outcome, _) = await vehicles.CreateAsync(session.Key, form.Fields, ct);
        return outcome switch
        {
            FleetWriteOutcome.Saved => await ChangedAsync(ct),
            FleetWriteOutcome.Duplicate => await InvalidAsync(form, ct, duplicate: true),
            _ => NotFound(),
        };
    }

    [HttpPost("cars/{id:int}")]
    public async Task<IActionResult> Update(int id, [FromForm] CarForm form, [FromForm(Name = "setup")] Dictionary<string, string>? setup, CancellationToken ct)
    {
        if (await vehicles.GetAsync(session.Key, id, ct) is not { } car) return NotFound();
        form.Id = id;
        form.Setup = new SetupSheetForm(setup ?? [], SetupValues.Parse(car.Baseline));
        if (!form.Validate()) return await InvalidAsync(form, ct);
        return await vehicles.UpdateAsync(session.Key, id, form.Fields, form.Setup.ToSetup().ToJson(SetupShape.Nested), ct) switch
        {
            FleetWriteOutcome.Saved => await ChangedAsync(ct),
            FleetWriteOutcome.Duplicate => await InvalidAsync(form, ct, duplicate: true),
            _ => NotFound(),
        };
    }

    [HttpPost("cars/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch (await vehicles.DeleteAsync(session.Key, id, ct))
        {
            case FleetWriteOutcome.Saved:
                return await ChangedAsync(ct);
            case FleetWriteOutcome.StillReferenced when await vehicles.GetAsync(session.Key, id, ct) is { } car:
                var form = CarForm.From(car);
                form.Errors["Delete"] = "Records of the earlier tool (setup changes, results, …) still refer to this car or its sessions, so it cannot be deleted here.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await loader.FleetAsync(form, ct) is { } panel ? PartialView(Panel, panel) : NotFound();
            default:
                return NotFound();
        }
    }

    async Task<IActionResult> ShowAsync(CarForm? form, CancellationToken ct)
    {
        if (await loader.FleetAsync(form, ct) is not { } panel) return NotFound();
        return await this.FragmentOrPageAsync(form is null ? Panel : Form, form is null ? panel : form,
            () => loader.PageAsync(new MainPanel(Tabs.ShopMaster, Fleet: panel), null, ct));
    }

    async Task<IActionResult> InvalidAsync(CarForm form, CancellationToken ct, bool duplicate = false)
    {
        if (duplicate) form.Errors[nameof(form.Model)] = form.DuplicateMessage;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        if (Request.IsHtmx()) return PartialView(Form, form);
        var panel = await loader.FleetAsync(form, ct);
        return View(HtmxResponses.PageView, await loader.PageAsync(new MainPanel(Tabs.ShopMaster, Fleet: panel), null, ct));
    }

    async Task<IActionResult> ChangedAsync(CancellationToken ct)
    {
        if (!Request.IsHtmx()) return Redirect("/shop-master");
        Response.Retarget("#fleet-panel");
        return await loader.FleetAsync(null, ct) is { } panel ? PartialView(Panel, panel) : NotFound();
    }
}
