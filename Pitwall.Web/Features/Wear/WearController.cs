using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Wear;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Wear;

/// <summary>
/// Tires, engines and parts: a car's list (Shop Master, "Tires &amp; parts"), adding, Serviced and
/// Delete; and a session's tire set and engine. Another racer's car, session or item is a 404 and
/// changes nothing.
/// </summary>
public sealed class WearController(WearStore wear, BrowserCookie browser, ILogger<WearController> log) : Controller
{
    [HttpGet("/shop-master/cars/{id:int}/wear")]
    public async Task<IActionResult> Car(int id, CancellationToken ct) =>
        await wear.ForCarAsync(browser.Key, id, ct) is { } list
            ? this.PanelOrPage(Tabs.ShopMaster, CarWearPanel.Of(new CarWearView(list, new WearForm())))
            : NotFound();

    /// <summary>The form targets the car's list: with the new item, or with the form and its messages (422).</summary>
    [HttpPost("/shop-master/cars/{id:int}/wear")]
    public async Task<IActionResult> Add(int id, [FromForm] WearForm form, CancellationToken ct)
    {
        if (form.Validate())
        {
            switch (await wear.AddAsync(browser.Key, id, form.ToItem(), ct))
            {
                case WearOutcome.Saved:
                    log.LogInformation("Car {CarId}: {Kind} added", id, form.Kind);
                    return await CarAsync(id, new WearForm { Kind = form.Kind, Per = form.Per }, StatusCodes.Status200OK, ct);
                case WearOutcome.Duplicate:
                    form.Errors[nameof(form.Name)] = $"This car already has one named \"{form.ToItem().Name}\".";
                    break;
                default:
                    return NotFound();
            }
        }
        return await CarAsync(id, form, StatusCodes.Status422UnprocessableEntity, ct);
    }

    [HttpPost("/wear/{item:int}/serviced")]
    public async Task<IActionResult> Serviced(int item, CancellationToken ct) =>
        await wear.ServicedAsync(browser.Key, item, ct) is { } car ? await CarAsync(car, new WearForm(), StatusCodes.Status200OK, ct) : NotFound();

    [HttpPost("/wear/{item:int}/delete")]
    public async Task<IActionResult> Delete(int item, CancellationToken ct) =>
        await wear.DeleteAsync(browser.Key, item, ct) is { } car ? await CarAsync(car, new WearForm(), StatusCodes.Status200OK, ct) : NotFound();

    [HttpGet("/event-setup/sessions/{id:int}/wear")]
    public Task<IActionResult> Session(int id, CancellationToken ct) => SessionAsync(id, ct);

    /// <summary>Puts a tire set or engine on the car for this session (an empty Item takes it off).</summary>
    [HttpPost("/event-setup/sessions/{id:int}/wear")]
    public async Task<IActionResult> Mount(int id, [FromForm] string? kind, [FromForm] string? item, CancellationToken ct)
    {
        if (kind is not (WearKinds.Tires or WearKinds.Engine)) return BadRequest();
        int? itemId = null;
        if (!string.IsNullOrWhiteSpace(item))
        {
            if (!int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)) return NotFound();
            itemId = parsed;
        }
        return await wear.MountAsync(browser.Key, id, kind, itemId, ct) == WearOutcome.Saved ? await SessionAsync(id, ct) : NotFound();
    }

    async Task<IActionResult> SessionAsync(int id, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        return await wear.ForSessionAsync(browser.Key, id, ct) is { } list
            ? SessionWearPanel.Of(new SessionWearView(list)).Fragment(this)
            : NotFound();
    }

    async Task<IActionResult> CarAsync(int car, WearForm form, int status, CancellationToken ct)
    {
        if (!Request.IsHtmx()) return Redirect($"/shop-master/cars/{car}/wear");
        if (await wear.ForCarAsync(browser.Key, car, ct) is not { } list) return NotFound();
        Response.StatusCode = status;
        return CarWearPanel.Of(new CarWearView(list, form)).Fragment(this);
    }
}
