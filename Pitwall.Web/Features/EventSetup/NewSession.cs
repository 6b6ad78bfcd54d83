using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>➕ New Session (<c>#new-session-form</c>): the racer's cars come from the panel's read.</summary>
public static class NewSession
{
    public const string View = "~/Features/EventSetup/_NewSessionForm.cshtml";

    public static Panel<EventSetupView> Of(EventSetupView view) => new(View, view);
}
