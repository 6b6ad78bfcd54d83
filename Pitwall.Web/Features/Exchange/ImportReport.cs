using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Exchange;

/// <summary>What an import file holds (inside <c>#import-result</c>): every problem with its JSON path, or what Import creates.</summary>
public sealed class ImportReport : ViewComponent
{
    public IViewComponentResult Invoke(ImportResult result) => View("~/Features/Exchange/_ImportResult.cshtml", result);
}
