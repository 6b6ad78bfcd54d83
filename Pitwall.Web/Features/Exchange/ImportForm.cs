using Pitwall.Sql.Exchange;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Exchange;

/// <summary>"Import" on the Shop Master: an export file and, when the racer has that car already, a new nickname.</summary>
public sealed class ImportForm
{
    /// <summary>
    /// 5 MB: a car with 200 sessions of three 30-lap heats exports to well under 1 MB; a file
    /// five times that is not a car of a racer, and it is read whole into memory to be checked.
    /// </summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public string? Nickname { get; set; }

    public string? CleanNickname => TextRules.Clean(Nickname);
}

/// <summary>What the import area shows: the file's problems with their paths, or what will be (or was) created.</summary>
public sealed record ImportResult(IReadOnlyList<ImportError> Errors, CarImport? Import = null, string? Nickname = null, string? Duplicate = null)
{
    public string CarLabel => Import is null ? "" : string.Join(" ", new[] { Import.Car.Brand, Import.Car.Model, Nickname ?? Import.Car.Nickname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
