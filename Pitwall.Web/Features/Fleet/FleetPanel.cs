using Pitwall.Sql.Fleet;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Fleet;

/// <summary>
/// Shop Master (<c>#fleet-panel</c>): the active racer's cars, with the car form open in it when
/// given. The action reads it (Cars_FleetPanel.sql); no racer yet shows the first-run welcome.
/// </summary>
public static class FleetPanel
{
    public const string View = "~/Features/Fleet/_FleetPanel.cshtml";

    public static Panel<Fleet> Of(Fleet fleet) => new(View, fleet);

    public static IPanel From(IReadOnlyList<FleetRow> rows, CarForm? form = null) =>
        Fleet.From(rows, form) is { } fleet ? Of(fleet) : NewRacer.Welcome();
}
