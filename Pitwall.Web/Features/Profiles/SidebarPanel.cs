using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Profiles;

/// <summary>
/// The sidebar (<c>#sidebar-panel</c>): the racer switcher, ➕ New Racer and 📝 Edit Profile, with
/// the form open below them. Read by Profiles_Sidebar.sql: by the page (FullPage), or by the
/// command it answers; a switch hands over the racers its own statement returned, so switching
/// stays one round trip.
/// </summary>
public static class SidebarPanel
{
    public const string View = "~/Features/Profiles/_Sidebar.cshtml";

    public static Panel<Sidebar> Of(Sidebar sidebar) => new(View, sidebar);
}
