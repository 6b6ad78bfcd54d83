using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Results;

/// <summary>
/// A session's Results section (<c>#results</c>), what every change to its results answers; the
/// action reads it (Results_ForSession.sql). Opened directly, its URL is the session's page.
/// </summary>
public static class ResultsPanel
{
    public const string View = "~/Features/Results/_Results.cshtml";

    public static Panel<ResultsView> Of(ResultsView view) => new(View, view);
}

/// <summary>➕ Add Result and a result's edit form (<c>#result-form</c>, inside <c>#results</c>); nothing to read.</summary>
public static class ResultEditor
{
    public const string View = "~/Features/Results/_ResultForm.cshtml";

    public static Panel<ResultForm> Of(ResultForm form) => new(View, form);
}
