using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Library;

/// <summary>"Use…" (<c>#use-form</c>, inside <c>#library-use</c>): where the entry goes and what of it; the action reads the racer's drafts and cars (Library_UseChoices.sql).</summary>
public sealed class UseChoice : ViewComponent
{
    public IViewComponentResult Invoke(UseView view) => View("~/Features/Library/_Use.cshtml", view);
}
