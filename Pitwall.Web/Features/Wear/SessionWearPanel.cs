using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Wear;

/// <summary>A session's tire set, engine and parts (<c>#session-wear</c>); the action reads them (Wear_ForSession.sql).</summary>
public static class SessionWearPanel
{
    public const string View = "~/Features/Wear/_SessionWear.cshtml";

    public static Panel<SessionWearView> Of(SessionWearView view) => new(View, view);
}
