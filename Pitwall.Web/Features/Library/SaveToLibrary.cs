using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Library;

/// <summary>"Save to library" from a session or a car (<c>#library-save-form</c>): the form, its messages, or what was saved.</summary>
public sealed class SaveToLibrary : ViewComponent
{
    public IViewComponentResult Invoke(SaveForm form) => View("~/Features/Library/_SaveForm.cshtml", form);
}
