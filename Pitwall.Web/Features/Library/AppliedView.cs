namespace Pitwall.Web.Features.Library;

/// <summary>What Apply did, with the way to see it.</summary>
public sealed record AppliedView(string TargetLabel, string Link, int Count);
