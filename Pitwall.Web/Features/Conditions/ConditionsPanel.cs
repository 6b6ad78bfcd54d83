using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Conditions;

/// <summary>A session's conditions (<c>#conditions</c>); the action reads them (Conditions_ForSessions.sql).</summary>
public static class ConditionsPanel
{
    public const string View = "~/Features/Conditions/_Conditions.cshtml";

    public static Panel<ConditionsView> Of(ConditionsView view) => new(View, view);
}
