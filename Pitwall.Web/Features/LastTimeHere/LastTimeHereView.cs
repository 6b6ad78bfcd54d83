using Pitwall.Sql.Changes;
using Pitwall.Sql.LastTimeHere;
using Pitwall.Web.Features.Changes;

namespace Pitwall.Web.Features.LastTimeHere;

/// <summary>
/// The "last time here" card: on ➕ New Session (no <see cref="SessionId"/>: it follows the car and
/// track typed, <see cref="LoadNow"/> when the form opens with a track already), or in a session's
/// view for its car and track. <see cref="Content"/> is null until there is a car and a track to look for.
/// </summary>
public sealed record LastTimeHereView(LastTimeHereContent? Content, int? SessionId = null, bool LoadNow = false)
{
    public TrackVisit? Best => Content?.Best;

    /// <summary>A parameter's name as the racer reads it, a logged legacy path ("front.shock_oil") included.</summary>
    public static string Parameter(string? name) => LoggedChange.ParameterOf(name) is { } p ? ChangesView.Name(p.Key) : name ?? "—";

    public static string Time(decimal? seconds) => Pitwall.Sql.Results.LapFigures.Time(seconds);
}
