using Pitwall.Sql.Wear;

namespace Pitwall.Web.Features.Wear;

/// <summary>A session's tire set and engine (one of each, picked from its car's) and its car's parts with what each has done.</summary>
public sealed record SessionWearView(WearList List)
{
    public static readonly IReadOnlyList<string> MountedKinds = [WearKinds.Tires, WearKinds.Engine];
}
