using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.Profiles;
using Pitwall.Sql.Browsers;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Profiles;

/// <summary>
/// The sidebar's racer journey: switch, ➕ New Racer, 📝 Edit Profile (with Set as Default),
/// delete. Every command answers with the sidebar panel (its forms target it): on success with
/// racer-changed raised so the other panels reload, on a mistake with the form and its messages.
/// Opened directly, a form's URL is the page with that form in the main area.
/// </summary>
public sealed class ProfilesController(ProfileStore profiles, BrowserStore browsers, BrowserCookie browser) : Controller
{
    [HttpPost("/profiles/switch")]
    public async Task<IActionResult> Switch([FromForm] int racerId, CancellationToken ct)
    {
        var racers = await browser.SwitchAsync(browsers, racerId, ct);
        return racers.Count == 0 ? NotFound() : await ChangedAsync(racers, ct);
    }

    [HttpGet("/profiles/new")]
    public IActionResult New() =>
        this.PanelOrPage(Tabs.EventSetup, NewRacer.Of());

    [HttpPost("/profiles")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Create([FromForm] NewRacerForm form, CancellationToken ct)
    {
        if (!form.Validate()) return await InvalidAsync(form, ct);
        var (outcome, created) = await profiles.CreateAsync(form.CleanName, form.CleanEmail, ct);
        switch (outcome)
        {
            case ProfileWriteOutcome.Saved:
                return await ChangedAsync(await browser.SwitchAsync(browsers, created, ct), ct);
            default:
                form.Errors[nameof(form.Name)] = $"A racer named \"{form.CleanName}\" already exists. Choose another name.";
                return await InvalidAsync(form, ct);
        }
    }

    [HttpGet("/profiles/edit")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        if (await profiles.GetAsync(browser.Key, ct: ct) is not { } racer) return NotFound();
        var form = EditProfileForm.From(racer);
        return this.PanelOrPage(Tabs.EventSetup, EditProfile.Of(form));
    }

    [HttpPost("/profiles/{id:int}")]
    public async Task<IActionResult> Update(int id, [FromForm] EditProfileForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!form.Validate()) return await InvalidAsync(form, ct);
        switch (await profiles.UpdateAsync(id, form.ToChanges(), ct))
        {
            case ProfileWriteOutcome.Saved:
                return await ChangedAsync(null, ct);
            case ProfileWriteOutcome.DuplicateName:
                form.Errors[nameof(form.Name)] = $"A racer named \"{form.CleanName}\" already exists. Choose another name.";
                return await InvalidAsync(form, ct);
            default:
                return NotFound();
        }
    }

    [HttpDelete("/profiles/{id:int}")]
    [HttpPost("/profiles/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch (await profiles.DeleteAsync(id, ct))
        {
            case ProfileWriteOutcome.Saved:
                return await ChangedAsync(null, ct);
            case ProfileWriteOutcome.StillReferenced when await profiles.GetAsync(browser.Key, id, ct) is { } racer:
                var form = EditProfileForm.From(racer);
                form.Errors["Delete"] = "This racer still has records in tables of the earlier tool, so it cannot be deleted here.";
                return await RefusedAsync(StatusCodes.Status409Conflict, racers => new Sidebar(racers, EditProfile: form), EditProfile.Of(form), ct);
            default:
                return NotFound();
        }
    }

    Task<IActionResult> InvalidAsync(NewRacerForm form, CancellationToken ct) =>
        RefusedAsync(StatusCodes.Status422UnprocessableEntity, racers => new Sidebar(racers, NewRacer: form), NewRacer.Of(form), ct);

    Task<IActionResult> InvalidAsync(EditProfileForm form, CancellationToken ct) =>
        RefusedAsync(StatusCodes.Status422UnprocessableEntity, racers => new Sidebar(racers, EditProfile: form), EditProfile.Of(form), ct);

    /// <summary>
    /// A refused command: for htmx the sidebar with the form and its messages (the racers read only
    /// then); opened without htmx, the page with the form in the main area (FullPage reads the sidebar).
    /// </summary>
    async Task<IActionResult> RefusedAsync(int status, Func<IReadOnlyList<SidebarRacer>, Sidebar> sidebar, IPanel form, CancellationToken ct)
    {
        Response.StatusCode = status;
        Response.Headers.Append("Vary", "HX-Request");
        return Request.IsHtmx() ? SidebarPanel.Of(sidebar(await RacersAsync(ct))).Fragment(this) : new FullPage(new Page(Tabs.EventSetup, form));
    }

    /// <summary>The sidebar (read again unless the command returned it), and racer-changed for the panels.</summary>
    async Task<IActionResult> ChangedAsync(IReadOnlyList<SidebarRacer>? racers, CancellationToken ct)
    {
        if (!Request.IsHtmx()) return Redirect("/");
        Response.Trigger(HtmxResponses.RacerChanged);
        return SidebarPanel.Of(new Sidebar(racers ?? await RacersAsync(ct))).Fragment(this);
    }

    /// <summary>The sidebar's one read (Profiles_Sidebar.sql).</summary>
    Task<IReadOnlyList<SidebarRacer>> RacersAsync(CancellationToken ct) => profiles.SidebarAsync(browser.Key, ct);
}
