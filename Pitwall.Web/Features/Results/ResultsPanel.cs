using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

/// <summary>The Results section of a session: its results with figures and charts, and the form open in it.</summary>
public sealed record ResultsPanel(SessionResults Session, ResultForm? Form = null)
{
    public LapChart? ChartOf(RunResult r) => r.HasLaps ? new LapChart($"lap-chart-{r.Id}", r.LapList, r.Figures) : null;
}
