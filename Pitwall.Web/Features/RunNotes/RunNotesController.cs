using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.RunNotes;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.RunNotes;

/// <summary>
/// Run notes of a session: a tapped symptom (answered with the list alone, so the grid stays under the
/// racer's thumb) or a free note (answered with the panel), stored in the earlier tool's activity_log.
/// Another racer's session or note is a 404 and changes nothing.
/// </summary>
public sealed class RunNotesController(RunNoteStore notes, BrowserCookie browser) : Controller
{
    [HttpGet("/event-setup/sessions/{id:int}/run-notes")]
    public Task<IActionResult> Panel(int id, CancellationToken ct) => PanelAsync(id, null, StatusCodes.Status200OK, ct);

    [HttpPost("/event-setup/sessions/{id:int}/run-notes/taps")]
    public async Task<IActionResult> Tap(int id, [FromForm] RunNoteForm form, CancellationToken ct)
    {
        form.Note = null; // a tap is the symptom alone: the note field has its own button
        if (!form.Validate() || form.CleanSymptom is null)
        {
            // A refusal belongs beside the grid, in the panel, which only the server knows at this point.
            Response.Headers["HX-Retarget"] = "#run-notes";
            Response.Headers["HX-Reswap"] = "outerHTML";
            return await PanelAsync(id, form, StatusCodes.Status422UnprocessableEntity, ct);
        }
        return await notes.AddAsync(browser.Key, id, form.CleanSymptom, null, form.CleanHeat, ct) ? await ListAsync(id, ct) : NotFound();
    }

    [HttpPost("/event-setup/sessions/{id:int}/run-notes")]
    public async Task<IActionResult> Add(int id, [FromForm] RunNoteForm form, CancellationToken ct)
    {
        form.Symptom = null; // the note field: a note alone
        if (!form.Validate()) return await PanelAsync(id, form, StatusCodes.Status422UnprocessableEntity, ct);
        return await notes.AddAsync(browser.Key, id, null, form.CleanNote, form.CleanHeat, ct)
            ? await PanelAsync(id, null, StatusCodes.Status200OK, ct)
            : NotFound();
    }

    [HttpPost("/event-setup/sessions/{id:int}/run-notes/{note:int}/remove")]
    public async Task<IActionResult> Remove(int id, int note, CancellationToken ct) =>
        await notes.RemoveAsync(browser.Key, id, note, ct) ? await ListAsync(id, ct) : NotFound();

    async Task<IActionResult> PanelAsync(int id, RunNoteForm? form, int status, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        if (await notes.ForSessionAsync(browser.Key, id, ct) is not { } session) return NotFound();
        Response.StatusCode = status;
        return RunNotesPanel.Of(new RunNotesView(session, form ?? new RunNoteForm())).Fragment(this);
    }

    async Task<IActionResult> ListAsync(int id, CancellationToken ct)
    {
        if (!Request.IsHtmx()) return Redirect($"/event-setup/sessions/{id}");
        return await notes.ForSessionAsync(browser.Key, id, ct) is { } session ? RunNotesList.Of(session).Fragment(this) : NotFound();
    }
}
