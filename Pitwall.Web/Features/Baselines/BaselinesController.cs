using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Baselines;
using Pitwall.Sql.Changes;
using Pitwall.Web.Features.Changes;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Baselines;

/// <summary>
/// Baseline history: "Make baseline" from a session (asks first), a car's baselines listed, an
/// earlier one restored. Another racer's session, car or entry is a 404 and changes nothing.
/// </summary>
public sealed class BaselinesController(BaselineStore baselines, ChangeStore changes, BrowserCookie browser,
                                        ILogger<BaselinesController> log) : Controller
{
    [HttpGet("/shop-master/cars/{id:int}/baselines")]
    public async Task<IActionResult> CarBaselines(int id, CancellationToken ct)
    {
        if (await baselines.ForCarAsync(browser.Key, id, ct) is not { } history) return NotFound();
        return this.PanelOrPage(Tabs.ShopMaster, BaselinesPanel.Of(history));
    }

    /// <summary>The button targets the session's actions (<c>#session-actions</c>, in the markup), which say it was done.</summary>
    [HttpPost("/event-setup/sessions/{id:int}/make-baseline")]
    public async Task<IActionResult> MakeBaseline(int id, CancellationToken ct)
    {
        if (await baselines.MakeFromSessionAsync(browser.Key, id, ct) is not { } car) return NotFound();
        log.LogInformation("Session {SessionId} made the baseline of car {CarId}", id, car);
        if (!Request.IsHtmx()) return Redirect($"/shop-master/cars/{car}/baselines");
        return await changes.CloseoutAsync(browser.Key, id, ct) is { } session
            ? SessionActionsPanel.Of(new SessionActions(session,
                Message: "This session's setup is now the car's baseline; the one before is kept in its history.")).Fragment(this)
            : NotFound();
    }

    [HttpPost("/baselines/{entry:int}/restore")]
    public async Task<IActionResult> Restore(int entry, CancellationToken ct)
    {
        if (await baselines.RestoreAsync(browser.Key, entry, ct) is not { } car) return NotFound();
        log.LogInformation("Baseline entry {EntryId} restored on car {CarId}", entry, car);
        if (!Request.IsHtmx()) return Redirect($"/shop-master/cars/{car}/baselines");
        if (await baselines.ForCarAsync(browser.Key, car, ct) is not { } history) return NotFound();
        return BaselinesPanel.Of(history, $"Baseline #{entry} is the car's baseline again.").Fragment(this);
    }
}
