using Htmx;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Library;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// "Import PDF sheet" (in the Library and on a car): the form fields of a manufacturer's
/// fillable sheet read through its map, shown, then saved to the library; from a car, the new
/// entry's "Use…" opens with that car chosen. The uploaded file is read in memory, never stored.
/// Every answer is the <c>#pdf-sheet</c> area, which its forms target (in the markup).
/// </summary>
[Route("/library/pdf")]
public sealed class PdfSheetController(LibraryStore library, BrowserCookie browser, RacerClock clock, ILogger<PdfSheetController> log) : Controller
{
    /// <summary>The area opens inside the Library or a car's editor; a browser is sent there.</summary>
    [HttpGet("")]
    public IActionResult Form(int? car)
    {
        Response.Headers.Append("Vary", "HX-Request");
        if (!Request.IsHtmx()) return Redirect(car is { } c ? $"/shop-master/cars/{c}/edit" : "/library");
        return Area(new PdfSheetView(new PdfSheetForm { Car = car }));
    }

    [HttpPost("read")]
    public async Task<IActionResult> Read([FromForm] PdfSheetForm form, IFormFile? file, CancellationToken ct)
    {
        form.Setup = [];
        if (file is not { Length: > 0 }) return Problem(form, "Choose the setup sheet (.pdf) to read.", StatusCodes.Status422UnprocessableEntity);
        if (file.Length > PdfSheetReader.MaxBytes)
            return Problem(form, $"The file is larger than {PdfSheetReader.MaxBytes / 1024 / 1024} MB: a fillable setup sheet is far smaller.", StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var (sheet, problem) = PdfSheetReader.Read(buffer.ToArray(), form.Maker);
        if (sheet is null) return Problem(form, problem!, StatusCodes.Status422UnprocessableEntity);
        log.LogInformation("PDF sheet read: maker {Maker} (detected {Detected}), {Values} values, {Unmatched} fields unmatched",
            sheet.Maker, sheet.Detected, sheet.Values.Count, sheet.Unmatched.Count);
        form.Setup = new Dictionary<string, string>(sheet.Values);
        form.Brand ??= sheet.Maker;
        form.Model ??= sheet.Model;
        return Area(new PdfSheetView(form, sheet));
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save([FromForm] PdfSheetForm form, CancellationToken ct)
    {
        if (!form.Validate())
            return Area(new PdfSheetView(form, new PdfSheet(form.Brand, false, form.Model, form.Setup, [])), StatusCodes.Status422UnprocessableEntity);
        if (await library.CreateAsync(browser.Key, form.ToFields(clock.Today), ct) is not { } id) return NotFound();
        log.LogInformation("Library entry {EntryId} saved from a PDF sheet", id);
        return Area(new PdfSheetView(form, Saved: id));
    }

    IActionResult Problem(PdfSheetForm form, string message, int status) => Area(new PdfSheetView(form, Problem: message), status);

    IActionResult Area(PdfSheetView view, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return PdfSheetPanel.Of(view).Fragment(this);
    }
}
