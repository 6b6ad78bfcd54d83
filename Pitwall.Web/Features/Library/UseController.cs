using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Library;
using Pitwall.Sql.Setup;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// "Use…" a library entry: choose a draft or a car and the whole setup or some packages, see
/// every value that would change (old → new), then Apply. Nothing changes before Apply; the
/// racer's drafts and cars are this browser's racer's only (another racer's id is a 404). Each
/// step answers inside <c>#library-use</c>, which every form of it targets (in the markup).
/// </summary>
[Route("/library/entries/{id:int}")]
public sealed class UseController(LibraryStore library, BrowserCookie browser, ILogger<UseController> log) : Controller
{
    /// <summary>Opens inside an entry (or a PDF sheet just saved); a browser is sent to the entry.</summary>
    [HttpGet("use")]
    public async Task<IActionResult> Choose(int id, string? target, CancellationToken ct)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect($"/library/entries/{id}");
        return await UseViewAsync(id, new UseForm { Target = target, Packages = [UseForm.Whole] }, ct) is { } view
            ? UseChoice.Of(view).Fragment(this)
            : NotFound();
    }

    [HttpPost("stage")]
    public async Task<IActionResult> Stage(int id, [FromForm] UseForm form, CancellationToken ct)
    {
        if (!form.Validate()) return await InvalidAsync(id, form, ct);
        if (await library.StagingAsync(browser.Key, id, form.ParsedTarget!, ct) is not { Target: { } target } staged) return NotFound();
        if (staged.Locked) return await LockedAsync(id, form, ct);
        var changes = SetupTransfer.Changes(SetupValues.Parse(target), SetupValues.Parse(staged.Source), form.Chosen);
        return UseStaging.Of(new StagingView(staged, form, changes)).Fragment(this);
    }

    [HttpPost("apply")]
    public async Task<IActionResult> Apply(int id, [FromForm] UseForm form, CancellationToken ct)
    {
        if (!form.Validate()) return await InvalidAsync(id, form, ct);
        var target = form.ParsedTarget!;
        if (await library.StagingAsync(browser.Key, id, target, ct) is not { Label: { } label }) return NotFound();
        var (outcome, changed) = await library.ApplyAsync(browser.Key, id, target, form.Chosen, ct);
        switch (outcome)
        {
            case ApplyOutcome.Applied:
                log.LogInformation("Library entry {EntryId} applied to {Target} ({Packages}): {Changed} values changed", id, form.Target,
                    string.Join(", ", form.Chosen.Select(p => p.Name)), changed);
                var link = target.Draft is { } draft ? $"/event-setup/sessions/{draft}" : $"/shop-master/cars/{target.Car}/edit";
                return UseApplied.Of(new AppliedView(label, link, changed)).Fragment(this);
            case ApplyOutcome.NotADraft:
                return await LockedAsync(id, form, ct);
            default:
                return NotFound();
        }
    }

    Task<IActionResult> LockedAsync(int id, UseForm form, CancellationToken ct)
    {
        form.Errors[nameof(UseForm.Target)] = "That session is locked now: choose another draft, or a car's baseline.";
        return InvalidAsync(id, form, ct, StatusCodes.Status409Conflict);
    }

    async Task<UseView?> UseViewAsync(int id, UseForm form, CancellationToken ct) =>
        await library.UseChoicesAsync(browser.Key, id, ct) is ({ } entry, { } choices) ? new UseView(entry, choices, form) : null;

    async Task<IActionResult> InvalidAsync(int id, UseForm form, CancellationToken ct, int status = StatusCodes.Status422UnprocessableEntity)
    {
        if (await UseViewAsync(id, form, ct) is not { } view) return NotFound();
        Response.StatusCode = status;
        return UseChoice.Of(view).Fragment(this);
    }
}
