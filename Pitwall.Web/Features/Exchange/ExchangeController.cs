using System.Text;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pitwall.Sql.Exchange;
using Pitwall.Web.Features.Fleet;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Exchange;

/// <summary>
/// A car out and in: "Export" (the versioned JSON file of docs/car-export-format.md), "Export
/// CSV" of its sessions, and "Import" on the Shop Master with a preview. An import file is read
/// in memory and never stored; any problem answers 422 with its JSON path and saves nothing.
/// </summary>
[Route("/shop-master")]
public sealed class ExchangeController(ExchangeStore exchange, Pitwall.Sql.Fleet.CarStore cars, BrowserCookie browser, ILogger<ExchangeController> log) : Controller
{
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

    /// <summary>The form opens inside the Shop Master's <c>#car-form</c>; a browser is sent to the Shop Master.</summary>
    [HttpGet("import")]
    public IActionResult ImportForm()
    {
        Response.Headers.Append("Vary", "HX-Request");
        return Request.IsHtmx() ? ImportCar.Of(new ImportForm()).Fragment(this) : Redirect("/shop-master");
    }

    /// <summary>"Preview" targets <c>#import-result</c> (in the markup).</summary>
    [HttpPost("import/preview")]
    public async Task<IActionResult> Preview([FromForm] ImportForm form, IFormFile? file, CancellationToken ct)
    {
        var (import, problem) = await ReadAsync(file, ct);
        if (problem is not null) return problem;
        var leftOut = await exchange.ChangesNeedASessionAsync(ct) ? import!.ChangesWithoutASession : 0;
        return ImportReport.Of(new ImportResult([], import, form.CleanNickname, ChangesLeftOut: leftOut)).Fragment(this);
    }

    /// <summary>"Import" targets the fleet panel (in the markup), which shows the new car.</summary>
    [HttpPost("import")]
    [EnableRateLimiting(RateLimits.Creations)]
    public async Task<IActionResult> Import([FromForm] ImportForm form, IFormFile? file, CancellationToken ct)
    {
        var (import, problem) = await ReadAsync(file, ct);
        if (problem is not null) return problem;
        if (form.CleanNickname is { Length: > Pitwall.Sql.Fleet.CarRules.FieldMax })
            return Refused(new ImportResult([], import, form.CleanNickname, $"A nickname is at most {Pitwall.Sql.Fleet.CarRules.FieldMax} characters."));
        var (outcome, car) = await exchange.ImportAsync(browser.Key, import!, form.CleanNickname, ct);
        switch (outcome)
        {
            case ImportOutcome.Imported:
                log.LogInformation("Imported car {CarId} with {Sessions} sessions and {Results} results", car, import!.Sessions.Count, import.ResultCount);
                return FleetPanel.From(await cars.FleetPanelAsync(browser.Key, ct)).Fragment(this);
            case ImportOutcome.Duplicate:
                return Refused(new ImportResult([], import, form.CleanNickname,
                    $"You already have a {import!.Car.Brand} {import.Car.Model} with this nickname: type a new nickname for the imported car."));
            default:
                return NotFound();
        }
    }

    async Task<(CarImport? Import, IActionResult? Problem)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 })
            return (null, Refused(new ImportResult([new("$", "Choose a car file exported by Pitwall (.json).")])));
        if (file.Length > Exchange.ImportForm.MaxBytes)
            return (null, Refused(new ImportResult([new("$", $"The file is larger than {Exchange.ImportForm.MaxBytes / 1024 / 1024} MB: it is not a car file.")]),
                StatusCodes.Status413PayloadTooLarge));
        string json;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try { json = await reader.ReadToEndAsync(ct); }
            catch (DecoderFallbackException) { return (null, Refused(new ImportResult([new("$", "This is not a text file: choose a car file exported by Pitwall (.json).")]))); }
        }
        var (import, errors) = CarFileReader.Read(json);
        return errors.Count > 0 ? (null, Refused(new ImportResult(errors))) : (import, null);
    }

    // Import targets the fleet panel (in the markup), where the new car shows. A file that cannot be
    // imported belongs beside the form instead, and the form must stay as it is (the chosen file
    // cannot be put back into a re-rendered file input): so, and only then, the swap is redirected
    // to #import-result. Preview already targets it; the header changes nothing there.
    IActionResult Refused(ImportResult result, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Response.StatusCode = status;
        Response.Headers["HX-Retarget"] = "#import-result";
        Response.Headers["HX-Reswap"] = "innerHTML";
        return ImportReport.Of(result).Fragment(this);
    }
}
