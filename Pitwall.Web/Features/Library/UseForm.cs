using Pitwall.Sql.Library;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// "Use…" an entry: where it goes (<c>draft:ID</c> or <c>car:ID</c>) and what of it (the whole
/// setup or chosen packages). The same fields go from the choice to the staging view to Apply.
/// </summary>
public sealed class UseForm
{
    public const string Whole = "Whole setup";

    public string? Target { get; set; }
    public List<string> Packages { get; set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public UseTarget? ParsedTarget => Target?.Split(':') is [var kind, var id] && int.TryParse(id, out var n)
        ? kind switch { "draft" => UseTarget.IntoDraft(n), "car" => UseTarget.AsBaseline(n), _ => null }
        : null;

    public bool IsWhole => Packages.Contains(Whole);

    public IReadOnlyList<SetupPackage> Chosen => IsWhole
        ? SetupPackages.All
        : SetupPackages.All.Where(p => Packages.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToList();

    public bool Validate()
    {
        Errors.Clear();
        if (ParsedTarget is null) Errors[nameof(Target)] = "Choose a draft or a car to put this setup into.";
        if (Chosen.Count == 0) Errors[nameof(Packages)] = "Choose the whole setup or at least one package.";
        else if (Packages.Any(p => p != Whole && SetupPackages.Find(p) is null)) Errors[nameof(Packages)] = "Choose packages from the list.";
        return Errors.Count == 0;
    }
}
