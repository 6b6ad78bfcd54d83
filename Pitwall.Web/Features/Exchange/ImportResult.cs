using Pitwall.Sql.Exchange;

namespace Pitwall.Web.Features.Exchange;

/// <summary>What the import area shows: the file's problems with their paths, or what will be (or was) created.</summary>
/// <param name="ChangesLeftOut">Change-log rows this database cannot keep (no session of the file, where the earlier tool's table requires one).</param>
public sealed record ImportResult(IReadOnlyList<ImportError> Errors, CarImport? Import = null, string? Nickname = null, string? Duplicate = null,
    int ChangesLeftOut = 0)
{
    public string CarLabel => Import is null ? "" : string.Join(" ", new[] { Import.Car.Brand, Import.Car.Model, Nickname ?? Import.Car.Nickname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
