using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>➕ New Session (<c>#new-session-form</c>): the racer's cars come from the panel's read.</summary>
public sealed class NewSession : ViewComponent
{
    public IViewComponentResult Invoke(EventSetupView view) => View("~/Features/EventSetup/_NewSessionForm.cshtml", view);
}
