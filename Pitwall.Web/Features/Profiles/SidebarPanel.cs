using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Profiles;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Profiles;

/// <summary>
/// The sidebar (<c>#sidebar-panel</c>): the racer switcher, ➕ New Racer and 📝 Edit Profile, with
/// the form open below them. One read, Profiles_Sidebar.sql; a switch hands over the racers its
/// own statement returned, so switching stays one round trip.
/// </summary>
public sealed class SidebarPanel(ProfileStore profiles, BrowserCookie browser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(
        IReadOnlyList<SidebarRacer>? racers = null, NewRacerForm? newRacer = null, EditProfileForm? editProfile = null) =>
        View("~/Features/Profiles/_Sidebar.cshtml",
            new Sidebar(racers ?? await profiles.SidebarAsync(browser.Key, HttpContext.RequestAborted), newRacer, editProfile));
}
