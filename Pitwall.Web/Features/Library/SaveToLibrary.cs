using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>"Save to library" from a session or a car (<c>#library-save-form</c>): the form, its messages, or what was saved.</summary>
public static class SaveToLibrary
{
    public const string View = "~/Features/Library/_SaveForm.cshtml";

    public static Panel<SaveForm> Of(SaveForm form) => new(View, form);
}
