using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Fleet;

/// <summary>➕ Add Car and Edit car (<c>#car-editor</c>); the action reads the car (Cars_Get.sql) and hands over the form.</summary>
public sealed class CarEditor : ViewComponent
{
    public IViewComponentResult Invoke(CarForm form) => View("~/Features/Fleet/_CarForm.cshtml", form);
}
