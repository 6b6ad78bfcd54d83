using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// The Library tab (<c>#library-panel</c>): one page of the shared library with the filters as set.
/// The action reads it (Library_List.sql); the library belongs to no racer, so it does not follow
/// racer-changed.
/// </summary>
public static class LibraryPanel
{
    public const string View = "~/Features/Library/_LibraryPanel.cshtml";

    public static Panel<LibraryView> Of(LibraryView view) => new(View, view);
}
