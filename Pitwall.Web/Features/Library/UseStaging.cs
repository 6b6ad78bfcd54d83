using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Library;

/// <summary>The staging view (<c>#staging</c>, inside <c>#library-use</c>): every value Apply would change; the action reads both setups (Library_Staging.sql).</summary>
public sealed class UseStaging : ViewComponent
{
    public IViewComponentResult Invoke(StagingView view) => View("~/Features/Library/_Staging.cshtml", view);
}
