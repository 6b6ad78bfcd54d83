namespace Pitwall.Web.Infrastructure;

/// <summary>The tabs of the main area; each is also a URL.</summary>
public static class Tabs
{
    public const string EventSetup = "event-setup";
    public const string ShopMaster = "shop-master";
    public const string Library = "library";
    public const string PitWall = "pit-wall";

    /// <summary>The main area: the tab buttons and the panel of the one shown.</summary>
    public const string View = "~/Features/Home/_Tabs.cshtml";
}
