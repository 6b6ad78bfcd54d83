using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Compare;

/// <summary>Compare setups (<c>#compare</c>), in place of the fleet panel; the action reads both sides (Compare_Setups.sql).</summary>
public static class ComparePanel
{
    public const string View = "~/Features/Compare/_Compare.cshtml";

    public static Panel<CompareView> Of(CompareView view) => new(View, view);
}
