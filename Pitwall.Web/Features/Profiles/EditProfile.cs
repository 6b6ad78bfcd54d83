using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Profiles;

/// <summary>📝 Edit Profile (<c>#edit-profile-form</c>) with its "Set as Default Profile" checkbox; the action reads the racer (Profiles_Get.sql).</summary>
public static class EditProfile
{
    public const string View = "~/Features/Profiles/_EditProfile.cshtml";

    public static Panel<EditProfileForm> Of(EditProfileForm form) => new(View, form);
}
