using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Profiles;
using Pitwall.Sql.Sessions;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Profiles;

/// <summary>
/// The sidebar's racer journey: switch, ➕ New Racer, 📝 Edit Profile (with Set as Default),
/// delete. Every change answers with the sidebar and raises racer-changed so the panels reload.
/// </summary>
public sealed class ProfilesController(ProfileStore profiles, BrowserSessionStore sessions, BrowserSession session) : Controller
{
    const string Sidebar = "_Sidebar";

    [HttpPost("/profiles/switch")]
    public async Task<IActionResult> Switch([FromForm] int racerId, CancellationToken ct)
    {
        var racers = await sessions.SwitchAsync(session.EnsureId(), racerId, ct);
        if (racers.Count == 0) return NotFound();
        return SidebarChanged(new Workspace(racers));
    }

    [HttpGet("/profiles/new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var form = new NewRacerForm();
        return await this.FragmentOrPageAsync("_NewRacerForm", form, async () => (await LoadAsync(ct)).WithForm(form));
    }

    [HttpPost("/profiles")]
    public async Task<IActionResult> Create([FromForm] NewRacerForm form, CancellationToken ct)
    {
        if (form.Validate())
        {
            var id = await profiles.CreateAsync(form.CleanName, form.CleanEmail, ct);
            if (id is { } created)
                return SidebarChanged(new Workspace(await sessions.SwitchAsync(session.EnsureId(), created, ct)));
            form.Errors[nameof(form.Name)] = $"A racer named \"{form.CleanName}\" already exists. Choose another name.";
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Request.IsHtmx() ? PartialView("_NewRacerForm", form) : View(HtmxResponses.PageView, (await LoadAsync(ct)).WithForm(form));
    }

    [HttpGet("/profiles/edit")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        var workspace = await LoadAsync(ct);
        if (workspace.Active is not { } racer) return NotFound();
        var form = EditProfileForm.From(racer);
        return await this.FragmentOrPageAsync("_EditProfile", form, () => Task.FromResult<object>(workspace.WithForm(form)));
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
                    return SidebarChanged(await LoadAsync(ct));
                default:
                    form.Errors[nameof(form.Name)] = $"A racer named \"{form.CleanName}\" already exists. Choose another name.";
                    break;
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Request.IsHtmx() ? PartialView("_EditProfile", form) : View(HtmxResponses.PageView, (await LoadAsync(ct)).WithForm(form));
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
                Response.StatusCode = StatusCodes.Status409Conflict;
                var racer = (await LoadAsync(ct)).Racers.FirstOrDefault(r => r.Id == id);
                if (racer is null) return NotFound();
                var form = EditProfileForm.From(racer);
                form.Errors["Delete"] = "This racer still has records in tables of the earlier tool, so it cannot be deleted here.";
                return PartialView("_EditProfile", form);
            default:
                return SidebarChanged(await LoadAsync(ct));
        }
    }

    /// <summary>The sidebar in place of whatever asked, and racer-changed for the panels.</summary>
    IActionResult SidebarChanged(Workspace workspace)
    {
        if (!Request.IsHtmx()) return Redirect("/");
        Response.Retarget("#sidebar-panel");
        Response.Trigger(HtmxResponses.RacerChanged);
        return PartialView(Sidebar, workspace);
    }

    async Task<Workspace> LoadAsync(CancellationToken ct) => new(await profiles.ListForSessionAsync(session.Id, ct));
}
