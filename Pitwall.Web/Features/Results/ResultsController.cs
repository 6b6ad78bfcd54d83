using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Results;
using Pitwall.Sql.Results.Timing;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Results;

/// <summary>
/// The run log: results of a session (➕ Add Result, edit, delete) and a car's Performance
/// view. ➕ Add Result reads a timing system's paste first and saves it once the racer confirmed
/// their line of the field. Every statement is scoped to this browser's racer: another racer's
/// session, result or car is a 404 and changes nothing.
/// </summary>
public sealed class ResultsController(ResultStore results, TimingStore timing, BrowserCookie browser) : Controller
{
    [HttpGet("/event-setup/sessions/{sessionId:int}/results")]
    public Task<IActionResult> SessionResults(int sessionId, CancellationToken ct) => PanelAsync(sessionId, null, ct);

    [HttpGet("/event-setup/sessions/{sessionId:int}/results/new")]
    public async Task<IActionResult> New(int sessionId, CancellationToken ct) =>
        await timing.ContextAsync(browser.Key, sessionId, ct) is { } context
            ? FormFragment(new ResultForm { SessionId = sessionId, CarNumber = context.RememberedCarNumber })
            : NotFound();

    /// <summary>➕ Add Result's box read as it is pasted: the form with what was read and the field to choose from; nothing saved.</summary>
    [HttpPost("/event-setup/sessions/{sessionId:int}/results/read")]
    public async Task<IActionResult> Read(int sessionId, [FromForm] ResultForm form, IFormFile? csv, CancellationToken ct)
    {
        form.SessionId = sessionId;
        if (await timing.ContextAsync(browser.Key, sessionId, ct) is not { } context) return NotFound();
        var read = await form.ReadAsync(csv, context);
        // A plain lap list still needs its heat; the read only says what it found, as the racer is not done typing.
        form.Errors.Remove(nameof(ResultForm.Heat));
        if (!read && form.Errors.Count > 0) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return FormFragment(form);
    }

    [HttpPost("/event-setup/sessions/{sessionId:int}/results")]
    public async Task<IActionResult> Create(int sessionId, [FromForm] ResultForm form, IFormFile? csv, CancellationToken ct)
    {
        form.SessionId = sessionId;
        if (await timing.ContextAsync(browser.Key, sessionId, ct) is not { } context) return NotFound();
        if (!await form.ReadAsync(csv, context)) return await PanelAsync(sessionId, form, ct, StatusCodes.Status422UnprocessableEntity);
        if (form.Preview is not { IsField: true } preview)
            return await results.CreateAsync(browser.Key, sessionId, form.ToFields(), ct) switch
            {
                ResultWriteOutcome.Saved => await PanelAsync(sessionId, null, ct),
                _ => NotFound(),
            };
        // A timing system's paste is saved only as the racer confirmed it: first the confirmation, then the save.
        if (preview.Chosen is null)
        {
            if (!preview.Seen) return await PanelAsync(sessionId, form, ct);
            form.ChooseALine();
            return await PanelAsync(sessionId, form, ct, StatusCodes.Status422UnprocessableEntity);
        }
        if (form.ToTimingSave() is not { } save) return await PanelAsync(sessionId, form, ct, StatusCodes.Status422UnprocessableEntity);
        return await timing.SaveAsync(browser.Key, sessionId, save, ct) switch
        {
            (ResultWriteOutcome.Saved, _) => await PanelAsync(sessionId, null, ct),
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
    public async Task<IActionResult> CarPerformance(int id, [FromQuery] int? before, CancellationToken ct)
    {
        if (await results.CarPerformanceAsync(browser.Key, id, before, ct) is not { } car) return NotFound();
        var view = new PerformanceView(car);
        return this.PanelOrPage(Tabs.ShopMaster, CarPerformancePanel.Of(view));
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
        return ResultsPanel.Of(new ResultsView(session, form)).Fragment(this);
    }

    IActionResult FormFragment(ResultForm form)
    {
        Response.Headers.Append("Vary", "HX-Request");
        return Request.IsHtmx() ? ResultEditor.Of(form).Fragment(this) : Redirect($"/event-setup/sessions/{form.SessionId}");
    }
}
