namespace Pitwall.Web.Features.Library;

/// <summary>The import area: the upload form, a problem with the file, or what was read with the save form.</summary>
public sealed record PdfSheetView(PdfSheetForm Form, PdfSheet? Sheet = null, string? Problem = null, int? Saved = null);
