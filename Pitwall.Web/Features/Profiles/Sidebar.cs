using Pitwall.Sql.Profiles;

namespace Pitwall.Web.Features.Profiles;

/// <summary>The sidebar panel's model: every racer (the active one marked) and the form open below the buttons, if any.</summary>
public sealed record Sidebar(IReadOnlyList<SidebarRacer> Racers, NewRacerForm? NewRacer = null, EditProfileForm? EditProfile = null)
{
    public bool FirstRun => Racers.Count == 0;
}
