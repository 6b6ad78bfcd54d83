using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Library;

/// <summary>A library entry opened (<c>#library-entry</c>), in place of the list; the action reads it (Library_Get.sql).</summary>
public static class LibraryEntryPanel
{
    public const string View = "~/Features/Library/_LibraryEntry.cshtml";

    public static Panel<EntryView> Of(EntryView view) => new(View, view);
}
