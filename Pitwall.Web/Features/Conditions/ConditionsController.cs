using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Compare;
using Pitwall.Sql.Conditions;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Conditions;

/// <summary>
/// Conditions through the day of a session (kept in the earlier tool's sessions.weather), and the
/// two sessions' conditions in Compare. Another racer's session is a 404 and changes nothing.
/// </summary>
public sealed class ConditionsController(ConditionsStore conditions, BrowserCookie browser, ILogger<ConditionsController> log) : Controller
{
    [HttpGet("/event-setup/sessions/{id:int}/conditions")]
    public Task<IActionResult> Panel(int id, CancellationToken ct) => PanelAsync(id, null, null, StatusCodes.Status200OK, ct);

    /// <summary>The form targets the panel: the timeline with the new entry, or the form with its messages (422).</summary>
    [HttpPost("/event-setup/sessions/{id:int}/conditions")]
    public async Task<IActionResult> Add(int id, [FromForm] ConditionsForm form, CancellationToken ct)
    {
        if (!form.Validate()) return await PanelAsync(id, form, null, StatusCodes.Status422UnprocessableEntity, ct);
        switch (await conditions.AddAsync(browser.Key, id, form.ToConditions(), ct))
        {
            case ConditionsOutcome.Saved:
                log.LogInformation("Conditions added to session {SessionId}", id);
                return await PanelAsync(id, null, null, StatusCodes.Status200OK, ct);
            case ConditionsOutcome.Full:
                return await PanelAsync(id, form, $"A session keeps at most {ConditionsRules.MaxEntries} entries: remove one first.", StatusCodes.Status409Conflict, ct);
            case ConditionsOutcome.Unreadable:
                return await PanelAsync(id, form, "This session's weather is not a JSON object: Pitwall cannot add to it.", StatusCodes.Status409Conflict, ct);
            default:
                return NotFound();
        }
    }

    [HttpPost("/event-setup/sessions/{id:int}/conditions/{n:int}/remove")]
    public async Task<IActionResult> Remove(int id, int n, CancellationToken ct) =>
        await conditions.RemoveAsync(browser.Key, id, n, ct) == ConditionsOutcome.Saved
            ? await PanelAsync(id, null, null, StatusCodes.Status200OK, ct)
            : NotFound();

    /// <summary>Compare's conditions of sides a and b; a side that is not a session has none, a session of another racer's is a 404.</summary>
    [HttpGet("/compare/conditions")]
    public async Task<IActionResult> Compare([FromQuery] string? a, [FromQuery] string? b, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        var (left, right) = (SetupRef.Parse(a), SetupRef.Parse(b));
        if (left is null || right is null) return BadRequest();
        if (!Request.IsHtmx()) return Redirect($"/compare?a={left}&b={right}");
        var ids = new[] { left, right }.Where(s => s.Kind == SetupRef.Session).Select(s => s.Id).Distinct().ToArray();
        var rows = ids.Length == 0 ? [] : await conditions.ForSessionsAsync(browser.Key, ids, ct);
        if (rows.Count != ids.Length) return NotFound();
        SessionConditions? Of(SetupRef side) => side.Kind == SetupRef.Session ? rows.Single(r => r.Id == side.Id).Conditions : null;
        return CompareConditionsPanel.Of(new CompareConditionsView(Of(left), Of(right))).Fragment(this);
    }

    /// <summary>The panel for htmx (with the form open as typed, or empty), the session's page for a browser.</summary>
    async Task<IActionResult> PanelAsync(int id, ConditionsForm? form, string? message, int status, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        if ((await conditions.ForSessionsAsync(browser.Key, [id], ct)) is not [var row]) return NotFound();
        Response.StatusCode = status;
        return ConditionsPanel.Of(new ConditionsView(id, row.Conditions, form ?? ConditionsView.NextForm(row.Conditions), message)).Fragment(this);
    }
}
