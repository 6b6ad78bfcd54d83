using Pitwall.Sql.Profiles;
using Pitwall.Web.Features.EventSetup;
using Pitwall.Web.Features.Fleet;
using Pitwall.Web.Features.Profiles;

namespace Pitwall.Web.Features.Home;

/// <summary>The sidebar: every racer, the one this browser has open, and the form open below the buttons.</summary>
public sealed record Workspace(IReadOnlyList<Racer> Racers, object? OpenForm = null)
{
    public Racer? Active => Racers.FirstOrDefault(r => r.IsActive) ?? Racers.FirstOrDefault();
    public bool FirstRun => Racers.Count == 0;
}

/// <summary>The main area: the tab shown and its panel; neither panel when there is no racer yet (first run).</summary>
public sealed record MainPanel(
    string Tab, FleetPanel? Fleet = null, EventSetupView? EventSetup = null, NewRacerForm? Welcome = null,
    Pitwall.Web.Features.Results.PerformanceView? Performance = null, FeatureView? Feature = null)
{
    public bool FirstRun => Fleet is null && EventSetup is null && Performance is null && Feature is null;
    public NewRacerForm WelcomeForm => Welcome ?? new NewRacerForm();
}

/// <summary>A view of a feature shown in the main area (Changes, Compare, Baselines): its partial and model.</summary>
public sealed record FeatureView(string Partial, object Model);

/// <summary>The whole page: every fragment is part of it.</summary>
public sealed record PageModel(Workspace Sidebar, MainPanel Main);

public static class Tabs
{
    public const string EventSetup = "event-setup";
    public const string ShopMaster = "shop-master";
    public const string Library = "library";
}
