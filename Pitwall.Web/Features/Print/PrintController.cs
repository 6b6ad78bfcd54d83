using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Print;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Print;

/// <summary>🖨 Print: a session's or a car's baseline sheet on one A4 page, to tape to the pit box. Another racer's id is a 404.</summary>
public sealed class PrintController(PrintStore print, BrowserCookie browser) : Controller
{
    const string Sheet = "~/Features/Print/PrintSheet.cshtml";

    [HttpGet("/print/sessions/{id:int}")]
    public async Task<IActionResult> Session(int id, CancellationToken ct) =>
        await print.SessionAsync(browser.Key, id, ct) is { } sheet ? View(Sheet, new PrintView(sheet)) : NotFound();

    [HttpGet("/print/cars/{id:int}")]
    public async Task<IActionResult> Car(int id, CancellationToken ct) =>
        await print.CarAsync(browser.Key, id, ct) is { } sheet ? View(Sheet, new PrintView(sheet)) : NotFound();
}
