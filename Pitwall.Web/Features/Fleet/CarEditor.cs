using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Fleet;

/// <summary>➕ Add Car and Edit car (<c>#car-editor</c>); the action reads the car (Cars_Get.sql) and hands over the form.</summary>
public static class CarEditor
{
    public const string View = "~/Features/Fleet/_CarForm.cshtml";

    public static Panel<CarForm> Of(CarForm form) => new(View, form);
}
