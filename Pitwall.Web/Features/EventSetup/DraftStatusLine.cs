using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>The draft's status line (<c>#draft-status</c>), the answer of every autosave; nothing to read.</summary>
public sealed class DraftStatusLine : ViewComponent
{
    public IViewComponentResult Invoke(DraftStatus status) => View("~/Features/EventSetup/_DraftStatus.cshtml", status);
}
