using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Library;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// The Library tab (the deployment's master_library, shared by every racer): the filtered list,
/// an entry opened, and "Save to library" from a session or a car's baseline (scoped to this
/// browser's racer: another racer's session or car is a 404). The tab's button is HomeController's.
/// </summary>
[Route("/library")]
public sealed class LibraryController(LibraryStore library, BrowserCookie browser, RacerClock clock, ILogger<LibraryController> log) : Controller
{
    /// <summary>The filters and pages target the panel (in the markup); a browser gets the page in that state.</summary>
    [HttpGet("")]
    public async Task<IActionResult> List(string? brand, string? model, string? track, string? traction, string? condition, string? q, int? before, int? after, CancellationToken ct)
    {
        var query = new LibraryQuery(brand, model, track, traction, condition, q?.Length > 200 ? q[..200] : q, before, after);
        return this.PanelOrPage(Tabs.Library, LibraryPanel.Of(new LibraryView(query, await library.ListAsync(query, ct))));
    }

    [HttpGet("entries/{id:int}")]
    public async Task<IActionResult> Open(int id, CancellationToken ct) =>
        await library.GetAsync(id, ct) is { } entry
            ? this.PanelOrPage(Tabs.Library, LibraryEntryPanel.Of(new EntryView(entry)))
            : NotFound();

    /// <summary>
    /// The form opens inside a session (its Track filled with the session's) or a car's editor; a
    /// browser is sent to that session or car.
    /// </summary>
    [HttpGet("save")]
    public async Task<IActionResult> SaveForm(int? session, int? car, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx())
            return Redirect(session is { } s ? $"/event-setup/sessions/{s}" : car is { } c ? $"/shop-master/cars/{c}/edit" : "/library");
        string? track = null;
        if (session is { } id && (track = await library.SessionTrackAsync(browser.Key, id, ct)) is null) return NotFound();
        return Form(new SaveForm { Session = session, Car = car, Source = car is null ? null : "Other", TrackName = track });
    }

    /// <summary>The form targets itself (<c>#library-save-form</c>, in the markup): its messages (422) or what was saved.</summary>
    [HttpPost("save")]
    public async Task<IActionResult> Save([FromForm] SaveForm form, CancellationToken ct)
    {
        if (!form.Validate()) return Form(form, StatusCodes.Status422UnprocessableEntity);
        var id = form.Session is { } session
            ? await library.SaveFromSessionAsync(browser.Key, session, form.Track(), form.ToNotes(), clock.Today, ct)
            : await library.SaveFromCarAsync(browser.Key, form.Car!.Value, form.Track(), form.Source!, form.ToNotes(), clock.Today, ct);
        if (id is null) return NotFound();
        log.LogInformation("Library entry {EntryId} saved from {From} {FromId}", id, form.Session is null ? "car" : "session", form.Session ?? form.Car);
        form.Saved = id;
        return Form(form);
    }

    IActionResult Form(SaveForm form, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return SaveToLibrary.Of(form).Fragment(this);
    }
}
