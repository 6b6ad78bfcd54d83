using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>The draft's status line (<c>#draft-status</c>), the answer of every autosave; nothing to read.</summary>
public static class DraftStatusLine
{
    public const string View = "~/Features/EventSetup/_DraftStatus.cshtml";

    public static Panel<DraftStatus> Of(DraftStatus status) => new(View, status);
}
