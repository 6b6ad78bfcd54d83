using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Library;

/// <summary>What Apply did (<c>#applied</c>, inside <c>#library-use</c>), with the way to the draft or car it changed.</summary>
public sealed class UseApplied : ViewComponent
{
    public IViewComponentResult Invoke(AppliedView view) => View("~/Features/Library/_Applied.cshtml", view);
}
