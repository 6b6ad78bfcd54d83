using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Exchange;

/// <summary>"Import" on the Shop Master (<c>#import-car</c>, inside <c>#car-form</c>): the file, a new nickname, Preview and Import.</summary>
public sealed class ImportCar : ViewComponent
{
    public IViewComponentResult Invoke(ImportForm form) => View("~/Features/Exchange/_ImportForm.cshtml", form);
}
