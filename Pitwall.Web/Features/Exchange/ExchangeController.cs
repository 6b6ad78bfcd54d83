using System.Text;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.Exchange;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Exchange;

/// <summary>
/// A car out and in: "Export" (the versioned JSON file of docs/car-export-format.md), "Export
/// CSV" of its sessions, and "Import" on the Shop Master with a preview. An import file is read
/// in memory and never stored; any problem answers 422 with its JSON path and saves nothing.
/// </summary>
[Route("/shop-master")]
public sealed class ExchangeController(ExchangeStore exchange, PageLoader loader, BrowserSession browser, ILogger<ExchangeController> log) : Controller
{
    const string Form = "~/Features/Exchange/_ImportForm.cshtml";
    const string Result = "~/Features/Exchange/_ImportResult.cshtml";

    [HttpGet("cars/{id:int}/export")]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        if (await exchange.ExportAsync(browser.Key, id, DateTimeOffset.UtcNow, ct) is not { } json) return NotFound();
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"pitwall-car-{id}-{DateTime.UtcNow:yyyyMMdd}.json");
    }

    [HttpGet("cars/{id:int}/sessions.csv")]
    public async Task<IActionResult> Csv(int id, CancellationToken ct)
    {
        if (await exchange.SessionsAsync(browser.Key, id, ct) is not { } car) return NotFound();
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SessionsCsv.Write(car))).ToArray(), "text/csv",
            $"pitwall-sessions-{id}-{DateTime.UtcNow:yyyyMMdd}.csv");
    }

    [HttpGet("import")]
    public IActionResult ImportForm()
    {
        Response.Headers.Append("Vary", "HX-Request");
        return Request.IsHtmx() ? PartialView(Form, new ImportForm()) : Redirect("/shop-master");
    }

    [HttpPost("import/preview")]
    public async Task<IActionResult> Preview([FromForm] ImportForm form, IFormFile? file, CancellationToken ct)
    {
        var (import, problem) = await ReadAsync(file, ct);
        if (problem is not null) return problem;
        return PartialView(Result, new ImportResult([], import, form.CleanNickname));
    }

    [HttpPost("import")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Import([FromForm] ImportForm form, IFormFile? file, CancellationToken ct)
    {
        var (import, problem) = await ReadAsync(file, ct);
        if (problem is not null) return problem;
        if (form.CleanNickname is { Length: > 60 })
            return Unprocessable(new ImportResult([], import, form.CleanNickname, "A nickname is at most 60 characters."));
        var (outcome, car) = await exchange.ImportAsync(browser.Key, import!, form.CleanNickname, ct);
        switch (outcome)
        {
            case ImportOutcome.Imported:
                log.LogInformation("Imported car {CarId} with {Sessions} sessions and {Results} results", car, import!.Sessions.Count, import.ResultCount);
                Response.Retarget("#fleet-panel");
                return await loader.FleetAsync(null, ct) is { } panel ? PartialView("~/Features/Fleet/_FleetPanel.cshtml", panel) : NotFound();
            case ImportOutcome.Duplicate:
                return Unprocessable(new ImportResult([], import, form.CleanNickname,
                    $"You already have a {import!.Car.Brand} {import.Car.Model} with this nickname: type a new nickname for the imported car."));
            default:
                return NotFound();
        }
    }

    async Task<(CarImport? Import, IActionResult? Problem)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 })
            return (null, Unprocessable(new ImportResult([new("$", "Choose a car file exported by Pitwall (.json).")])));
        if (file.Length > Exchange.ImportForm.MaxBytes)
        {
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return (null, PartialView(Result, new ImportResult([new("$", $"The file is larger than {Exchange.ImportForm.MaxBytes / 1024 / 1024} MB: it is not a car file.")])));
        }
        string json;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try { json = await reader.ReadToEndAsync(ct); }
            catch (DecoderFallbackException) { return (null, Unprocessable(new ImportResult([new("$", "This is not a text file: choose a car file exported by Pitwall (.json).")]))); }
        }
        var (import, errors) = CarFileReader.Read(json);
        return errors.Count > 0 ? (null, Unprocessable(new ImportResult(errors))) : (import, null);
    }

    IActionResult Unprocessable(ImportResult result)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return PartialView(Result, result);
    }
}
