using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>The staging view (<c>#staging</c>, inside <c>#library-use</c>): every value Apply would change; the action reads both setups (Library_Staging.sql).</summary>
public static class UseStaging
{
    public const string View = "~/Features/Library/_Staging.cshtml";

    public static Panel<StagingView> Of(StagingView view) => new(View, view);
}
