using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Library;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// "Import PDF sheet" (in the Library and on a car): the form fields of a manufacturer's
/// fillable sheet read through its map, shown, then saved to the library; from a car, the new
/// entry's "Use…" opens with that car chosen. The uploaded file is read in memory, never stored.
/// </summary>
[Route("/library/pdf")]
public sealed class PdfSheetController(LibraryStore library, Pitwall.Web.Infrastructure.BrowserSession browser, ILogger<PdfSheetController> log) : Controller
{
    const string Area = "~/Features/Library/_PdfSheet.cshtml";

    [HttpGet("")]
    public IActionResult Form(int? car) => PartialView(Area, new PdfSheetView(new PdfSheetForm { Car = car }));

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
        return PartialView(Area, new PdfSheetView(form, sheet));
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save([FromForm] PdfSheetForm form, CancellationToken ct)
    {
        if (!form.Validate())
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return PartialView(Area, new PdfSheetView(form, new PdfSheet(form.Brand, false, form.Model, form.Setup, [])));
        }
        if (await library.CreateAsync(browser.Key, form.ToFields(), ct) is not { } id) return NotFound();
        log.LogInformation("Library entry {EntryId} saved from a PDF sheet", id);
        return PartialView(Area, new PdfSheetView(form, Saved: id));
    }

    IActionResult Problem(PdfSheetForm form, string message, int status)
    {
        Response.StatusCode = status;
        return PartialView(Area, new PdfSheetView(form, Problem: message));
    }
}
