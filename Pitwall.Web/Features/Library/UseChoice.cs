using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>"Use…" (<c>#use-form</c>, inside <c>#library-use</c>): where the entry goes and what of it; the action reads the racer's drafts and cars (Library_UseChoices.sql).</summary>
public static class UseChoice
{
    public const string View = "~/Features/Library/_Use.cshtml";

    public static Panel<UseView> Of(UseView view) => new(View, view);
}
