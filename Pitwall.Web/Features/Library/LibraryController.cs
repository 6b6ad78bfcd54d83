using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Library;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// The Library tab (the deployment's master_library, shared by every racer): the filtered list,
/// an entry opened, and "Save to library" from a session or a car's baseline (scoped to this
/// browser's racer: another racer's session or car is a 404).
/// </summary>
[Route("/library")]
public sealed class LibraryController(LibraryStore library, PageLoader loader, BrowserSession browser, ILogger<LibraryController> log) : Controller
{
    const string Panel = "~/Features/Library/_LibraryPanel.cshtml";
    const string Entry = "~/Features/Library/_Entry.cshtml";
    const string Save = "~/Features/Library/_SaveForm.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> List(string? brand, string? model, string? track, string? traction, string? condition, string? q, int page = 1, CancellationToken ct = default)
    {
        var query = new LibraryQuery(brand, model, track, traction, condition, q?.Length > 200 ? q[..200] : q, Math.Clamp(page, 1, 100_000));
        var view = new LibraryView(query, await library.ListAsync(query, ct));
        return await this.FragmentOrPageAsync(Panel, view, () => loader.PageAsync(new MainPanel(Tabs.Library, Feature: new FeatureView(Panel, view)), null, ct));
    }

    /// <summary>The tab: the main area with the tabs and the first page (the tab's URL is <c>/library</c>).</summary>
    [HttpGet("tab")]
    public async Task<IActionResult> Tab(CancellationToken ct)
    {
        var view = new LibraryView(new LibraryQuery(), await library.ListAsync(new LibraryQuery(), ct));
        return await this.FragmentOrPageAsync("~/Features/Home/_MainPanel.cshtml", new MainPanel(Tabs.Library, Feature: new FeatureView(Panel, view)),
            () => loader.PageAsync(new MainPanel(Tabs.Library, Feature: new FeatureView(Panel, view)), null, ct));
    }

    [HttpGet("entries/{id:int}")]
    public async Task<IActionResult> Open(int id, CancellationToken ct)
    {
        if (await library.GetAsync(id, ct) is not { } entry) return NotFound();
        var view = new EntryView(entry);
        return await this.FragmentOrPageAsync(Entry, view, () => loader.PageAsync(new MainPanel(Tabs.Library, Feature: new FeatureView(Entry, view)), null, ct));
    }

    [HttpGet("save")]
    public IActionResult SaveForm(int? session, int? car)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect(session is { } s ? $"/event-setup/sessions/{s}" : "/shop-master");
        return PartialView(Save, new SaveForm { Session = session, Car = car, Source = car is null ? null : "Other" });
    }

    [HttpPost("save")]
    public async Task<IActionResult> SaveAsync([FromForm] SaveForm form, CancellationToken ct)
    {
        if (!form.Validate())
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return PartialView(Save, form);
        }
        var id = form.Session is { } session
            ? await library.SaveFromSessionAsync(browser.Key, session, form.ToNotes(), ct)
            : await library.SaveFromCarAsync(browser.Key, form.Car!.Value, form.Source!, form.ToNotes(), ct);
        if (id is null) return NotFound();
        log.LogInformation("Library entry {EntryId} saved from {From} {FromId}", id, form.Session is null ? "car" : "session", form.Session ?? form.Car);
        form.Saved = id;
        return PartialView(Save, form);
    }
}
