using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Library;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// "Use…" a library entry: choose a draft or a car and the whole setup or some packages, see
/// every value that would change (old → new), then Apply. Nothing changes before Apply; the
/// racer's drafts and cars are this browser's racer's only (another racer's id is a 404).
/// </summary>
[Route("/library/entries/{id:int}")]
public sealed class UseController(LibraryStore library, Pitwall.Web.Infrastructure.BrowserSession browser, ILogger<UseController> log) : Controller
{
    const string Use = "~/Features/Library/_Use.cshtml";
    const string Staging = "~/Features/Library/_Staging.cshtml";
    const string Applied = "~/Features/Library/_Applied.cshtml";

    [HttpGet("use")]
    public async Task<IActionResult> Choose(int id, string? target, CancellationToken ct) =>
        await UseViewAsync(id, new UseForm { Target = target, Packages = [UseForm.Whole] }, ct) is { } view ? PartialView(Use, view) : NotFound();

    [HttpPost("stage")]
    public async Task<IActionResult> Stage(int id, [FromForm] UseForm form, CancellationToken ct)
    {
        if (!form.Validate()) return await InvalidAsync(id, form, ct);
        var target = form.ParsedTarget!;
        if (await library.StagingAsync(browser.Key, id, target, ct) is not { } setups) return NotFound();
        if (setups.Target is null) return NotFound();
        if (await library.GetAsync(id, ct) is not { } entry) return NotFound();
        var changes = SetupTransfer.Changes(SetupValues.Parse(setups.Target), SetupValues.Parse(setups.Source), form.Chosen);
        return PartialView(Staging, new StagingView(entry, form, await LabelAsync(id, target, ct), changes));
    }

    [HttpPost("apply")]
    public async Task<IActionResult> Apply(int id, [FromForm] UseForm form, CancellationToken ct)
    {
        if (!form.Validate()) return await InvalidAsync(id, form, ct);
        var target = form.ParsedTarget!;
        var label = await LabelAsync(id, target, ct);
        var staged = await library.StagingAsync(browser.Key, id, target, ct);
        switch (await library.ApplyAsync(browser.Key, id, target, form.Chosen, ct))
        {
            case ApplyOutcome.Applied:
                log.LogInformation("Library entry {EntryId} applied to {Target} ({Packages})", id, form.Target, string.Join(", ", form.Chosen.Select(p => p.Name)));
                var count = staged?.Target is { } before ? SetupTransfer.Changes(SetupValues.Parse(before), SetupValues.Parse(staged.Source), form.Chosen).Count : 0;
                var link = target.Draft is { } draft ? $"/event-setup/sessions/{draft}" : $"/shop-master/cars/{target.Car}/edit";
                return PartialView(Applied, new AppliedView((await library.GetAsync(id, ct))!, label, link, count));
            case ApplyOutcome.NotADraft:
                form.Errors[nameof(UseForm.Target)] = "That session has been locked since: choose another draft.";
                return await InvalidAsync(id, form, ct, StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }

    async Task<UseView?> UseViewAsync(int id, UseForm form, CancellationToken ct) =>
        await library.GetAsync(id, ct) is { } entry && await library.UseChoicesAsync(browser.Key, id, ct) is { } choices
            ? new UseView(entry, choices, form)
            : null;

    async Task<IActionResult> InvalidAsync(int id, UseForm form, CancellationToken ct, int status = StatusCodes.Status422UnprocessableEntity)
    {
        if (await UseViewAsync(id, form, ct) is not { } view) return NotFound();
        Response.StatusCode = status;
        return PartialView(Use, view);
    }

    async Task<string> LabelAsync(int id, UseTarget target, CancellationToken ct)
    {
        var choices = await library.UseChoicesAsync(browser.Key, id, ct);
        return target.Draft is { } draft
            ? choices?.Drafts.FirstOrDefault(d => d.Id == draft) is { } d ? $"the draft “{d.Name}” ({d.Car})" : "the draft"
            : choices?.Cars.FirstOrDefault(c => c.Id == target.Car) is { } c ? $"the baseline of {c.Label}" : "the car's baseline";
    }
}
