using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Exchange;

/// <summary>"Import" on the Shop Master (<c>#import-car</c>, inside <c>#car-form</c>): the file, a new nickname, Preview and Import.</summary>
public static class ImportCar
{
    public const string View = "~/Features/Exchange/_ImportForm.cshtml";

    public static Panel<ImportForm> Of(ImportForm form) => new(View, form);
}
