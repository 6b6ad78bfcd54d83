using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

/// <summary>The Results panel's model: a session's results with figures and charts, and the form open in it.</summary>
public sealed record ResultsView(SessionResults Session, ResultForm? Form = null)
{
    /// <summary>A result's lap chart; a result from a timing system has the field chart instead, which shows its laps too.</summary>
    public LapChart? ChartOf(RunResult r) => r.HasLaps && r.Timing is null ? new LapChart($"lap-chart-{r.Id}", r.LapList, r.Figures) : null;

    public TimingResultView? TimingOf(RunResult r) => r.Timing is { } heat ? new TimingResultView(r, heat) : null;
}
