using Pitwall.Sql.Profiles;
using Pitwall.Web.Features.Profiles;

namespace Pitwall.Web.Features.Home;

/// <summary>What this browser sees: every racer, the one it has open, and which form is open in the sidebar.</summary>
public sealed record Workspace(IReadOnlyList<Racer> Racers, object? OpenForm = null, string Tab = Tabs.EventSetup)
{
    public Racer? Active => Racers.FirstOrDefault(r => r.IsActive) ?? Racers.FirstOrDefault();
    public bool FirstRun => Racers.Count == 0;

    public Workspace WithForm(object? form) => this with { OpenForm = form };
    public Workspace WithTab(string tab) => this with { Tab = tab };

    /// <summary>The New Racer form welcomes the user in the main area on first run, unless the sidebar has it open.</summary>
    public NewRacerForm? WelcomeForm => FirstRun && OpenForm is not NewRacerForm ? new NewRacerForm() : null;
}

public static class Tabs
{
    public const string EventSetup = "event-setup";
    public const string ShopMaster = "shop-master";
}
