using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Library;

/// <summary>A library entry opened (<c>#library-entry</c>), in place of the list; the action reads it (Library_Get.sql).</summary>
public sealed class LibraryEntryPanel : ViewComponent
{
    public IViewComponentResult Invoke(EntryView view) => View("~/Features/Library/_LibraryEntry.cshtml", view);
}
