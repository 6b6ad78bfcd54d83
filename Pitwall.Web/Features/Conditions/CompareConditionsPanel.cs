using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Conditions;

/// <summary>Compare's conditions of both sides with the deltas (<c>#compare-conditions</c>); the action reads them (Conditions_ForSessions.sql).</summary>
public static class CompareConditionsPanel
{
    public const string View = "~/Features/Conditions/_CompareConditions.cshtml";

    public static Panel<CompareConditionsView> Of(CompareConditionsView view) => new(View, view);
}
