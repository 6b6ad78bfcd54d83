using Pitwall.Sql.Fleet;

namespace Pitwall.Web.Features.Fleet;

/// <summary>The Shop Master panel's model: the active racer's cars and the car form open in it, if any.</summary>
public sealed record Fleet(string RacerName, IReadOnlyList<FleetRow> Cars, CarForm? Form = null)
{
    /// <summary>Null when there is no racer (first run).</summary>
    public static Fleet? From(IReadOnlyList<FleetRow> rows, CarForm? form) =>
        rows.Count == 0 ? null : new(rows[0].RacerName, rows.Where(r => r.CarId is not null).ToList(), form);
}
