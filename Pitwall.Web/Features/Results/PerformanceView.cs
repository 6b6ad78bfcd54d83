using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

/// <summary>A car's Performance view: its sessions newest first with their figures, and the chart oldest first.</summary>
public sealed record PerformanceView(CarPerformance Car)
{
    public string Label => Pitwall.Sql.Fleet.CarLabel.Of(Car.Brand, Car.Model, Car.Nickname);

    public PerformanceChart? Chart => Car.Sessions.Any(s => s.BestLap is not null || s.Orp is not null)
        ? new PerformanceChart(Car.Sessions.Reverse().ToList())
        : null;
}
