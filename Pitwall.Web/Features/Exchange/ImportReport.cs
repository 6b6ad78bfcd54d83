using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Exchange;

/// <summary>What an import file holds (inside <c>#import-result</c>): every problem with its JSON path, or what Import creates.</summary>
public static class ImportReport
{
    public const string View = "~/Features/Exchange/_ImportResult.cshtml";

    public static Panel<ImportResult> Of(ImportResult result) => new(View, result);
}
