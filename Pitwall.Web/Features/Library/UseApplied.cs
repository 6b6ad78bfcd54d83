using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>What Apply did (<c>#applied</c>, inside <c>#library-use</c>), with the way to the draft or car it changed.</summary>
public static class UseApplied
{
    public const string View = "~/Features/Library/_Applied.cshtml";

    public static Panel<AppliedView> Of(AppliedView view) => new(View, view);
}
