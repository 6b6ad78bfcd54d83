using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Library;

/// <summary>"Import PDF sheet" (<c>#pdf-sheet</c>): the upload, what was read with the save form, or what was saved.</summary>
public sealed class PdfSheetPanel : ViewComponent
{
    public IViewComponentResult Invoke(PdfSheetView view) => View("~/Features/Library/_PdfSheet.cshtml", view);
}
