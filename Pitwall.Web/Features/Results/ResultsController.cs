using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Results;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Results;

/// <summary>
/// The run log: results of a session (➕ Add Result, edit, delete) and a car's Performance
/// view. Every statement is scoped to this browser's racer: another racer's session, result
/// or car is a 404 and changes nothing.
/// </summary>
public sealed class ResultsController(ResultStore results, BrowserCookie browser) : Controller
{
    const string Panel = "~/Features/Results/_Results.cshtml";
    const string Form = "~/Features/Results/_ResultForm.cshtml";

    [HttpGet("/event-setup/sessions/{sessionId:int}/results")]
    public Task<IActionResult> SessionResults(int sessionId, CancellationToken ct) => PanelAsync(sessionId, null, ct);

    [HttpGet("/event-setup/sessions/{sessionId:int}/results/new")]
    public async Task<IActionResult> New(int sessionId, CancellationToken ct) =>
        await results.ForSessionAsync(browser.Key, sessionId, ct) is null ? NotFound() : FormFragment(new ResultForm { SessionId = sessionId });

    [HttpPost("/event-setup/sessions/{sessionId:int}/results")]
    public async Task<IActionResult> Create(int sessionId, [FromForm] ResultForm form, IFormFile? csv, CancellationToken ct)
    {
        form.SessionId = sessionId;
        // Another racer's session: the 422 answer's read or the insert finds nothing, and says 404.
        if (!await form.ValidateAsync(csv)) return await PanelAsync(sessionId, form, ct, StatusCodes.Status422UnprocessableEntity);
        return await results.CreateAsync(browser.Key, sessionId, form.ToFields(), ct) switch
        {
            ResultWriteOutcome.Saved => await PanelAsync(sessionId, null, ct),
            _ => NotFound(),
        };
    }

    [HttpGet("/results/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await results.GetAsync(browser.Key, id, ct) is { } row ? FormFragment(ResultForm.From(row)) : NotFound();

    [HttpPost("/results/{id:int}")]
    public async Task<IActionResult> Update(int id, [FromForm] ResultForm form, IFormFile? csv, CancellationToken ct)
    {
        form.Id = id;
        if (!await form.ValidateAsync(csv))
        {
            // The form with its messages is shown in its session's Results section: read only on this path.
            if (await results.GetAsync(browser.Key, id, ct) is not { } row) return NotFound();
            form.SessionId = row.SessionId;
            return await PanelAsync(row.SessionId, form, ct, StatusCodes.Status422UnprocessableEntity);
        }
        return await results.UpdateAsync(browser.Key, id, form.ToFields(), ct) switch
        {
            (ResultWriteOutcome.Saved, var session) => await PanelAsync(session, null, ct),
            _ => NotFound(),
        };
    }

    [HttpPost("/results/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct) =>
        await results.DeleteAsync(browser.Key, id, ct) switch
        {
            (ResultWriteOutcome.Saved, var session) => await PanelAsync(session, null, ct),
            _ => NotFound(),
        };

    [HttpGet("/shop-master/cars/{id:int}/performance")]
    public async Task<IActionResult> CarPerformance(int id, CancellationToken ct)
    {
        if (await results.CarPerformanceAsync(browser.Key, id, ct) is not { } car) return NotFound();
        var view = new PerformanceView(car);
        return this.PanelOrPage(new Page(Tabs.ShopMaster, typeof(CarPerformancePanel), new { view }));
    }

    /// <summary>The Results section; opened directly, a URL of it shows the session's page, where it lives.</summary>
    async Task<IActionResult> PanelAsync(int sessionId, ResultForm? form, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{sessionId}");
        if (await results.ForSessionAsync(browser.Key, sessionId, ct) is not { } session) return NotFound();
        Response.StatusCode = status;
        // A result saved or deleted: what counts from results (a session's tire set and engine) reloads itself.
        if (HttpMethods.IsPost(Request.Method) && status == StatusCodes.Status200OK) Response.Trigger(HtmxResponses.ResultsChanged);
        return PartialView(Panel, new ResultsPanel(session, form));
    }

    IActionResult FormFragment(ResultForm form)
    {
        Response.Headers.Append("Vary", "HX-Request");
        return Request.IsHtmx() ? PartialView(Form, form) : Redirect($"/event-setup/sessions/{form.SessionId}");
    }
}
