using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Profiles;

/// <summary>📝 Edit Profile (<c>#edit-profile-form</c>) with its "Set as Default Profile" checkbox; the action reads the racer (Profiles_Get.sql).</summary>
public sealed class EditProfile : ViewComponent
{
    public IViewComponentResult Invoke(EditProfileForm form) => View("~/Features/Profiles/_EditProfile.cshtml", form);
}
