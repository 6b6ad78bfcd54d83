using Pitwall.Sql.Library;

namespace Pitwall.Web.Features.Library;

/// <summary>Every value Apply would change (old → new), before anything changes.</summary>
public sealed record StagingView(StagingSetups Entry, UseForm Form, IReadOnlyList<StagedChange> Changes)
{
    public string TargetLabel => Entry.Label ?? "";
}
