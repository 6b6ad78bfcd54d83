using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.Profiles;
using Pitwall.Sql.Sessions;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Profiles;

/// <summary>
/// The sidebar's racer journey: switch, ➕ New Racer, 📝 Edit Profile (with Set as Default),
/// delete. Every change answers with the sidebar and raises racer-changed so the panels reload.
/// </summary>
public sealed class ProfilesController(ProfileStore profiles, BrowserSessionStore sessions, BrowserSession session, PageLoader loader) : Controller
{
    const string Sidebar = "~/Features/Profiles/_Sidebar.cshtml";
    const string NewForm = "~/Features/Profiles/_NewRacerForm.cshtml";
    const string EditForm = "~/Features/Profiles/_EditProfile.cshtml";

    [HttpPost("/profiles/switch")]
    public async Task<IActionResult> Switch([FromForm] int racerId, CancellationToken ct)
    {
        var racers = await session.SwitchAsync(sessions, racerId, ct);
        return racers.Count == 0 ? NotFound() : SidebarChanged(new Workspace(racers));
    }

    [HttpGet("/profiles/new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var form = new NewRacerForm();
        return await this.FragmentOrPageAsync(NewForm, form, () => PageAsync(form, ct));
    }

    [HttpPost("/profiles")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Create([FromForm] NewRacerForm form, CancellationToken ct)
    {
        if (form.Validate())
        {
            if (await profiles.CreateAsync(form.CleanName, form.CleanEmail, ct) is { } created)
                return SidebarChanged(new Workspace(await session.SwitchAsync(sessions, created, ct)));
            form.Errors[nameof(form.Name)] = $"A racer named \"{form.CleanName}\" already exists. Choose another name.";
        }
        return await InvalidAsync(NewForm, form, ct);
    }

    [HttpGet("/profiles/edit")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        var sidebar = await loader.SidebarAsync(null, ct);
        if (sidebar.Active is not { } racer) return NotFound();
        var form = EditProfileForm.From(racer);
        return await this.FragmentOrPageAsync(EditForm, form, () => PageAsync(form, ct));
    }

    [HttpPost("/profiles/{id:int}")]
    public async Task<IActionResult> Update(int id, [FromForm] EditProfileForm form, CancellationToken ct)
    {
        form.Id = id;
        if (form.Validate())
        {
            switch (await profiles.UpdateAsync(id, form.ToChanges(), ct))
            {
                case ProfileWriteOutcome.NotFound:
                    return NotFound();
                case ProfileWriteOutcome.Saved:
                    return SidebarChanged(await loader.SidebarAsync(null, ct));
                default:
                    form.Errors[nameof(form.Name)] = $"A racer named \"{form.CleanName}\" already exists. Choose another name.";
                    break;
            }
        }
        return await InvalidAsync(EditForm, form, ct);
    }

    [HttpDelete("/profiles/{id:int}")]
    [HttpPost("/profiles/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch (await profiles.DeleteAsync(id, ct))
        {
            case ProfileWriteOutcome.NotFound:
                return NotFound();
            case ProfileWriteOutcome.StillReferenced:
                var racer = (await loader.SidebarAsync(null, ct)).Racers.FirstOrDefault(r => r.Id == id);
                if (racer is null) return NotFound();
                var form = EditProfileForm.From(racer);
                form.Errors["Delete"] = "This racer still has records in tables of the earlier tool, so it cannot be deleted here.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return PartialView(EditForm, form);
            default:
                return SidebarChanged(await loader.SidebarAsync(null, ct));
        }
    }

    async Task<IActionResult> InvalidAsync(string partial, object form, CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Request.IsHtmx() ? PartialView(partial, form) : View(HtmxResponses.PageView, await PageAsync(form, ct));
    }

    /// <summary>The page with this form open: in the sidebar, or in the welcome on first run.</summary>
    async Task<object> PageAsync(object form, CancellationToken ct)
    {
        var main = await loader.MainAsync(Tabs.EventSetup, ct);
        return main.FirstRun && form is NewRacerForm welcome
            ? await loader.PageAsync(main with { Welcome = welcome }, null, ct)
            : await loader.PageAsync(main, form, ct);
    }

    /// <summary>The sidebar in place of whatever asked, and racer-changed for the panels.</summary>
    IActionResult SidebarChanged(Workspace workspace)
    {
        if (!Request.IsHtmx()) return Redirect("/");
        Response.Retarget("#sidebar-panel");
        Response.Trigger(HtmxResponses.RacerChanged);
        return PartialView(Sidebar, workspace);
    }
}
