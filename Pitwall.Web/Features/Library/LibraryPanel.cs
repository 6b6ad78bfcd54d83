using Microsoft.AspNetCore.Mvc;
using Pitwall.Sql.Library;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// The Library tab (<c>#library-panel</c>): one page of the shared library with the filters as set.
/// One read (Library_List.sql); the library belongs to no racer, so it does not follow racer-changed.
/// </summary>
public sealed class LibraryPanel(LibraryStore library) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(LibraryQuery? query = null)
    {
        query ??= new LibraryQuery();
        return View("~/Features/Library/_LibraryPanel.cshtml", new LibraryView(query, await library.ListAsync(query, HttpContext.RequestAborted)));
    }
}
