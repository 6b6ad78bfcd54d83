using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>"Import PDF sheet" (<c>#pdf-sheet</c>): the upload, what was read with the save form, or what was saved.</summary>
public static class PdfSheetPanel
{
    public const string View = "~/Features/Library/_PdfSheet.cshtml";

    public static Panel<PdfSheetView> Of(PdfSheetView view) => new(View, view);
}
