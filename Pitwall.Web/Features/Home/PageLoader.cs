using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Profiles;
using Pitwall.Web.Features.EventSetup;
using Pitwall.Web.Features.Fleet;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Home;

/// <summary>Loads each fragment's model with one query, and the whole page from the fragments.</summary>
public sealed class PageLoader(ProfileStore profiles, VehicleStore vehicles, EventSessionStore sessions, BrowserSession session)
{
    public async Task<Workspace> SidebarAsync(object? form, CancellationToken ct) =>
        new(await profiles.ListForSessionAsync(session.Key, ct), form);

    public async Task<FleetPanel?> FleetAsync(CarForm? form, CancellationToken ct) =>
        FleetPanel.From(await vehicles.ListForSessionAsync(session.Key, ct), form);

    public async Task<EventSetupView?> EventSetupAsync(int? open, NewSessionForm? form, CancellationToken ct) =>
        await sessions.PanelAsync(session.Key, open, ct) is { } panel ? new EventSetupView(panel, form) : null;

    public async Task<MainPanel> MainAsync(string tab, CancellationToken ct) => tab == Tabs.ShopMaster
        ? new MainPanel(tab, Fleet: await FleetAsync(null, ct))
        : new MainPanel(tab, EventSetup: await EventSetupAsync(null, null, ct));

    public async Task<object> PageAsync(MainPanel main, object? sidebarForm, CancellationToken ct) =>
        new PageModel(await SidebarAsync(sidebarForm, ct), main);
}
