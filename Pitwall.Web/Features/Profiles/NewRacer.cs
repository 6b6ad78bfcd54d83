using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Profiles;

/// <summary>➕ New Racer (<c>#new-racer-form</c>), or on first run the welcome that holds the same fields. Nothing to read.</summary>
public sealed class NewRacer : ViewComponent
{
    public IViewComponentResult Invoke(NewRacerForm? form = null) => form is { Welcome: true }
        ? View("~/Features/Profiles/_Welcome.cshtml", form)
        : View("~/Features/Profiles/_NewRacerForm.cshtml", form ?? new NewRacerForm());
}
